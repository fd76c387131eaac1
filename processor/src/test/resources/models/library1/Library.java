package lib;

import dev.joinwright.Schema;

@Schema(version = 1)
public interface Library {}
