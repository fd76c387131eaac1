package edu;

import dev.joinwright.Schema;

@Schema(version = 2)
public interface University {}
