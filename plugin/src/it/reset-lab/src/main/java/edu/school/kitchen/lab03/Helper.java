package edu.school.kitchen.lab03;

/** The student's own file beside the lab's class: a reset keeps a copy and leaves it in place. */
class Helper {
}
