package edu.school.lab03;

/** A student's lab 03, half written, in a package of the student's own choosing. */
public class ManyCooks {
    public static void main(String[] args) {
        System.out.println("thinking about cooks");
    }
}
