package old.copy.lab14;

/** An old copy of lab 14 in another package: the kit cannot tell which one to reset. */
public class LastPortion {
}
