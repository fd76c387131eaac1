package edu;

import dev.joinwright.Schema;

@Schema(version = 3, drops = {"course.room"})
public interface University {}
