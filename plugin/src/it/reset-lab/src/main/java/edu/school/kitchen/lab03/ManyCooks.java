package edu.school.kitchen.lab03;

/** A student's lab 03 gone wrong: kitchen:reset keeps it in .kitchen/backups before the skeleton comes back. */
public class ManyCooks {
    public static void main(String[] args) {
        System.out.println("my own broken attempt");
    }
}
