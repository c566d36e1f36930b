#!/usr/bin/env bash
# Prints the home folder of a JDK 21+ (java and javac), for lab 15's virtual threads: the kit and Maven stay on the
# JDK 17 they run on, and lab 15's programs are compiled and judged with this one (KITCHEN_JDK21, labs/pom.xml).
# Looks, in order, at KITCHEN_JDK21, JAVA21_HOME, JDK21_HOME, JAVA_HOME, then the usual folders JDKs are unpacked in;
# a JDK there need not be registered anywhere. Prints nothing and exits 1 when none is found. Says what it found on
# stderr.
set -uo pipefail

# The feature release (17, 21, 25) of the JDK at $1, from its release file, else from java itself; 0 when unknown.
feature_of() {
    local home=$1 version=""
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || { echo 0; return; }
    if [[ -f "$home/release" ]]; then
        version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release")
    fi
    if [[ -z "$version" ]]; then
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    fi
    version=${version#1.}
    version=${version%%[.+-]*}
    [[ "$version" =~ ^[0-9]+$ ]] && echo "$version" || echo 0
}

candidates=()
for variable in KITCHEN_JDK21 JAVA21_HOME JDK21_HOME JAVA_HOME; do
    [[ -n "${!variable:-}" ]] && candidates+=("${!variable}")
done
for root in /usr/lib/jvm /usr/java /opt/java "$HOME/.sdkman/candidates/java" /Library/Java/JavaVirtualMachines; do
    for home in "$root"/*; do
        [[ -d "$home/Contents/Home" ]] && home="$home/Contents/Home"
        [[ -d "$home" && ! -L "$home" ]] && candidates+=("$home")
    done
done

for home in "${candidates[@]}"; do
    feature=$(feature_of "$home")
    if (( feature >= 21 )); then
        echo "lab 15: JDK $feature found at $home" >&2
        echo "$home"
        exit 0
    fi
done
echo "lab 15: no JDK 21+ found (looked at KITCHEN_JDK21, JAVA21_HOME, JDK21_HOME, JAVA_HOME and the usual JDK folders)" >&2
exit 1
