package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class QuizDriverTest {
    private static int ceil(int names, int cooks) {
        return (names + cooks - 1) / cooks;
    }

    @Test
    void everyDrawAsksTheTalksQuestionsAndOnesThatTellTheRightRuleFromTheWrongOnes() {
        for (int seed = 0; seed < 200; seed++) {
            for (int cpus : new int[] {1, 2, 8, 64}) {
                List<QuizDriver.Scenario> drawn = QuizDriver.scenarios(new Random(seed), cpus);
                List<QuizDriver.Scenario> pools = drawn.stream()
                        .filter(s -> s.question() == Fact.QuizQuestion.POOL_TICKS).toList();
                List<QuizDriver.Scenario> threads = drawn.stream()
                        .filter(s -> s.question() == Fact.QuizQuestion.THREAD_POOL_TICKS).toList();

                assertThat(pools.get(0)).isEqualTo(new QuizDriver.Scenario(Fact.QuizQuestion.POOL_TICKS, 2, 4));
                assertThat(threads.get(0))
                        .isEqualTo(new QuizDriver.Scenario(Fact.QuizQuestion.THREAD_POOL_TICKS, 4, 4));
                // Two workers whatever the CPUs gives another answer to the drawn Pool() question.
                assertThat(pools).anySatisfy(s -> assertThat(ceil(s.names(), s.size()))
                        .isNotEqualTo(ceil(s.names(), 2)));
                // A thread pool held to the CPUs gives another answer to one ThreadPool question.
                assertThat(threads).anySatisfy(s -> assertThat(ceil(s.names(), Math.min(s.size(), cpus)))
                        .isNotEqualTo(ceil(s.names(), s.size())));
                assertThat(drawn).allSatisfy(s -> assertThat(ceil(s.names(), s.size())).isBetween(1, 3));
            }
        }
    }
}
