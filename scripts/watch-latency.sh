#!/usr/bin/env bash
# Measures kitchen:watch's feedback: from saving lab 03's file to its verdict line on the screen, beside how long
# the lab's main ran (the figure on that line). Needs tmux, the kit installed (mvn install or demo.sh) and a
# generated project whose lab 03 passes (demo.sh leaves one in target/demo/my-kitchen).
# Usage: scripts/watch-latency.sh [project folder] [saves]
set -euo pipefail
project=$(cd "${1:-target/demo/my-kitchen}" && pwd)
saves=${2:-6}
session="kitchen-watch-latency-$$"
lab=$(find "$project/src/main/java" -path '*/lab03/ManyCooks.java' | head -1)
[[ -n "$lab" ]] || { echo "no lab03/ManyCooks.java under $project/src/main/java" >&2; exit 1; }
original=$(mktemp)
cp "$lab" "$original"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; cp "$original" "$lab"; rm -f "$original"' EXIT
screen() { tmux capture-pane -p -J -t "$session" -S -5000; }
verdicts() { screen | grep -c '[✔?✘] 03 cooks' || true; }

tmux new-session -d -s "$session" -x 220 -y 50 -c "$project" "mvn -o -ntp kitchen:watch -Dkitchen.tick=1s; sleep 600"
for _ in $(seq 1 300); do screen | grep -q 'Waiting for a save' && break; sleep 0.2; done
echo "save -> verdict (ms), main ran (s), beyond the lab (ms)"
for i in $(seq 1 "$saves"); do
    before=$(verdicts)
    echo "// saved $i" >> "$lab"
    start=$(date +%s%N)
    until [[ $(verdicts) -gt $before ]]; do sleep 0.02; done
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    ran=$(screen | grep '[✔?✘] 03 cooks' | tail -1 | grep -o '[0-9.]* s (' | head -1 | tr -d ' s(')
    echo "$took ms, $ran s, $(awk -v t="$took" -v r="$ran" 'BEGIN { printf "%d", t - r * 1000 }') ms"
    sleep 1.5
done
