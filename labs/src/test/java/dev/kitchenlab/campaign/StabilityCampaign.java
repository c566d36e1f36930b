package dev.kitchenlab.campaign;

import dev.kitchenlab.catalogue.AllCases;
import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stability campaign, on demand ({@code scripts/stability-campaign.sh}, never in an ordinary build): every
 * program of every lab's {@code Cases}, right and wrong, run {@code campaign.runs} times each (20 unless set) on a
 * machine the script keeps busy, one single run at a time (no second chance for an INCONCLUSIVE). It writes the
 * table to {@code campaign.report} and then holds the kit to its target: a right program never FAILs and is
 * INCONCLUSIVE at most once in twenty; a wrong one gets its own verdict and diagnosis every time. {@code campaign.only}
 * (a regular expression over "NN name: case") runs a few cases again.
 */
@Tag("campaign")
class StabilityCampaign {
    private static final int RUNS = Integer.getInteger("campaign.runs", 20);
    private static final Path REPORT = Path.of(System.getProperty("campaign.report", "target/stability.md"));
    private static final String LOAD = System.getProperty("campaign.load", "no load");
    // Only the cases whose "NN lab: case" matches this, to look again at a few.
    private static final String ONLY = System.getProperty("campaign.only", ".*");

    /** What the runs of one case came to. */
    private record Tally(LabCase program, Map<Verdict, Integer> verdicts, int rightDiagnoses, List<Double> ticks) {
        boolean meetsTheTarget() {
            if (program.isRight()) {
                return count(Verdict.PASS) + count(Verdict.INCONCLUSIVE) == RUNS
                        && count(Verdict.INCONCLUSIVE) * 20 <= RUNS;
            }
            return rightDiagnoses == RUNS;
        }

        int count(Verdict verdict) {
            return verdicts.getOrDefault(verdict, 0);
        }

        String row() {
            String others = verdicts.entrySet().stream().filter(e -> e.getKey() != Verdict.PASS
                    && e.getKey() != Verdict.INCONCLUSIVE && e.getKey() != Verdict.FAIL)
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
            double[] sorted = ticks.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String spread = sorted.length == 0 ? "–" : String.format("%.2f [%.2f–%.2f]", sorted[sorted.length / 2],
                    sorted[0], sorted[sorted.length - 1]);
            return String.format("| %s | %s | %s | %d | %d | %d | %s | %s | %s | %s |", program.lab().label(),
                    program.name(), program.isRight() ? "PASS" : program.verdict(), count(Verdict.PASS),
                    count(Verdict.INCONCLUSIVE), count(Verdict.FAIL), others.isEmpty() ? "–" : others,
                    program.isRight() ? "–" : rightDiagnoses + "/" + RUNS, spread, meetsTheTarget() ? "yes" : "**no**");
        }
    }

    @Test
    void everyProgramOfEveryLabIsJudgedTheSameWayEveryTime() throws Exception {
        List<Tally> tallies = new ArrayList<>();
        for (LabCase program : AllCases.everyLab()) {
            if (KitchenRuns.kitchensJdkFor(program.lab()).isEmpty()) {
                // Its programs were compiled for, and are judged on, a newer JDK: name one in KITCHEN_JDK21.
                System.out.printf("%s: not run, lab %s needs JDK %d+ (KITCHEN_JDK21)%n", program,
                        program.lab().id(), program.lab().minimumJdk());
                continue;
            }
            if (program.toString().matches(ONLY)) {
                tallies.add(run(program));
            }
        }
        write(tallies);
        assertThat(tallies).as("cases short of the target (see " + REPORT + ")").allMatch(Tally::meetsTheTarget);
    }

    private static Tally run(LabCase program) throws IOException {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        int rightDiagnoses = 0;
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path work = Files.createTempDirectory("kitchen-campaign");
            LabResult result = program.isRight()
                    ? KitchenRuns.run(program.lab(), program.mainClass(), work, program.tick(), null)
                    : program.run(work);
            verdicts.merge(result.verdict(), 1, Integer::sum);
            if (program.accepts(result)) {
                rightDiagnoses++;
            }
            result.figures().ticks().ifPresent(ticks::add);
            System.out.printf("%s #%d: %s %s · %s%n", program, i + 1, result.verdict(), result.decisive().message(),
                    String.join(" · ", result.figures().notes()));
        }
        return new Tally(program, verdicts, rightDiagnoses, ticks);
    }

    private static void write(List<Tally> tallies) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# Stability campaign",
                "",
                String.format("%s · %d CPUs · JDK %s · %s · %d runs a case, one at a time, no rerun of an INCONCLUSIVE",
                        LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
                        LOAD, RUNS),
                "",
                "Target: a right program never FAILs and is INCONCLUSIVE at most once in 20; a wrong one gets its own "
                        + "verdict and diagnosis every time. `ticks` is how long `main` ran, median [min–max]. Made by "
                        + "`scripts/stability-campaign.sh`.",
                "",
                "| lab | case | expected | PASS | INCONCLUSIVE | FAIL | other | own diagnosis | ticks | target met |",
                "|---|---|---|---|---|---|---|---|---|---|"));
        tallies.forEach(t -> lines.add(t.row()));
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Path temporary = REPORT.resolveSibling(REPORT.getFileName() + ".tmp");
        Files.write(temporary, lines);
        Files.move(temporary, REPORT, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(String.join("\n", lines));
    }
}
