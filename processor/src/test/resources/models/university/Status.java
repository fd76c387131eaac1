package university;

public enum Status { ENROLLED, GRADUATED, SUSPENDED }
