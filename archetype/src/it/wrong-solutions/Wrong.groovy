// The wrong-solutions IT's table, read by its pre-build and verify scripts: the engine tests' wrong solutions whose
// diagnosis names the student's own code (a field, a line of a method), which only a generated project's package and
// files put there, and the diagnosis kitchen:check must give each. Every other lab's wrong solutions are judged in the
// engine, by the same judge with the same diagnoses (labs/.../EveryLabTest); here they named nothing of the project's
// and took the IT from 10 s to 30 s, 14 CPU-seconds more (alone, 2 cores, 2026-11-30).
// lab → [the wrong solution (labs/src/test/java/students/<name>/labNN), its diagnosis]
return [
    '09': ['volatilecount', /lost updates in \d+ of \d+ rounds, .*your counter DishCounter\.served is volatile/],
    '10': ['opposite', /round \d+ hung in a deadlock: Cook A holds the knife and waits for the board at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookA\(KnifeAndBoard\.java:\d+\), held by Cook B, who waits for the knife at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookB\(KnifeAndBoard\.java:\d+\)/],
    '11': ['polite', /round 1 livelocked: no dish was cooked for \d+\.\d s while the pan changed hands [\d,]+ times and the kitchen burnt (\d+\.\d s|\d+ ms) of CPU, so the kit stopped the kitchen and ran no later round; Cook [AB] was runnable at org\.example\.kitchen\.lab11\.PoliteCooks\.cook\(PoliteCooks\.java:\d+\)/],
    '13': ['plain', /round \d+: Cook A never saw the stop flag: \d+\.\d s after it was set it was still spinning at org\.example\.kitchen\.lab13\.ClosingTime\.cook\(ClosingTime\.java:\d+\); `ClosingTime\.stop` is not volatile, so the JIT may read it once and keep the value in a register; the kit stopped the kitchen and ran no later round/],
]
