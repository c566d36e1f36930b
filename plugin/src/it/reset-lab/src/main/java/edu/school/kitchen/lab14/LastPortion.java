package edu.school.kitchen.lab14;

/** Lab 14 as the student writes it. */
public class LastPortion {
}
