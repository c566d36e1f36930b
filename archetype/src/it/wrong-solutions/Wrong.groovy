// The wrong-solutions IT's table, read by its pre-build and verify scripts: one of the engine tests' wrong solutions of
// each lab that runs on JDK 17, and the diagnosis kitchen:check must give it. Labs 02 and 03 stay skeletons here (the
// plugin's failing-lab IT judges their wrong solutions), and lab 15, which needs a JDK 21+, has an IT of its own.
// lab → [the wrong solution (labs/src/test/java/students/<name>/labNN), its diagnosis]
return [
    '01': ['parentpid', /PID \d+ is your kitchen's parent/],
    '04': ['taketurns', /ceil\(4 \/ 2\) = 2; you predicted 4/],
    '05': ['seconds', /about a thousand times too small/],
    '06': ['threadasprocess', /runProcess started a thread, not a process/],
    '07': ['copiedpantry', /the threads copied the pantry/],
    '08': ['escapes', /your kitchen let CookFailedException escape/],
    '09': ['volatilecount', /lost updates in \d+ of \d+ rounds, .*your counter DishCounter\.served is volatile/],
    '10': ['opposite', /round \d+ hung in a deadlock: Cook A holds the knife and waits for the board at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookA\(KnifeAndBoard\.java:\d+\), held by Cook B, who waits for the knife at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookB\(KnifeAndBoard\.java:\d+\)/],
    '11': ['polite', /round 1 livelocked: no dish was cooked for \d+\.\d s while the pan changed hands [\d,]+ times and the kitchen burnt (\d+\.\d s|\d+ ms) of CPU, so the kit stopped the kitchen and ran no later round; Cook [AB] was runnable at org\.example\.kitchen\.lab11\.PoliteCooks\.cook\(PoliteCooks\.java:\d+\)/],
    '12': ['greedy', /a cook starved in \d+ of \d+ shifts, cooking less than a quarter of an equal share: in shift \d+ Cook \d cooked [\d,]+ dishes while Greedy cook cooked [\d,]+/],
    '13': ['plain', /round \d+: Cook A never saw the stop flag: \d+\.\d s after it was set it was still spinning at org\.example\.kitchen\.lab13\.ClosingTime\.cook\(ClosingTime\.java:\d+\); `ClosingTime\.stop` is not volatile, so the JIT may read it once and keep the value in a register; the kit stopped the kitchen and ran no later round/],
    '14': ['separately', /oversold in [1-9]\d* of \d+ rounds, worst round [\d,]+ portions? too many \(round \d+, \d of the 8 dishes\): never more than 1 too many of one dish and the books right, so each step was safe alone; but between a cook's look at the shelf and its take the other cook took the last portion/],
]
