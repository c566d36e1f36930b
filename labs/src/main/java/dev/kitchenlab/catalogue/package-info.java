/**
 * The lab catalogue: {@link dev.kitchenlab.catalogue.LabCatalogue} lists every lab in the order of the talk, one
 * line each, and each lab is declared in a package of its own ({@code catalogue.lab03}).
 *
 * <p>Runs in the inspector's JVM. It depends on the lab declaration, the judging tools, the evidence, the verdicts
 * and the events; never on the engine.
 */
package dev.kitchenlab.catalogue;
