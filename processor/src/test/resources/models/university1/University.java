package edu;

import dev.joinwright.Schema;

@Schema(version = 1)
public interface University {}
