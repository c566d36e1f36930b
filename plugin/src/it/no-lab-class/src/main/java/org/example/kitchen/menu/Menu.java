package org.example.kitchen.menu;

/** A class in no labNN package: the project compiles, yet holds no lab. */
public class Menu {
    public static void main(String[] args) {
        System.out.println("soup of the day");
    }
}
