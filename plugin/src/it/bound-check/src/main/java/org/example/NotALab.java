package org.example;

/** Not a lab. */
public class NotALab {
}
