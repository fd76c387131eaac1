package dev.joinwright.it.harder.university;

public enum Status { ENROLLED, GRADUATED, SUSPENDED }
