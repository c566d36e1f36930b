#!/usr/bin/env bash
# The kit's demo, as a newcomer runs it: build and install the kit into your own local Maven repository, generate
# a student's lab project under target/demo/ as a student would, drop the kit's reference solutions in, and check
# it. Every lab built so far should pass, each line with the figures it was judged on; the script exits with the
# check's status. Run it again at will: it starts from a fresh target/demo/ each time.
set -euo pipefail
cd "$(dirname "$0")"

version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n 1)
archetype_plugin=$(sed -n 's|^ *<archetype.version>\(.*\)</archetype.version>$|\1|p' pom.xml | head -n 1)
demo=target/demo
project=$demo/my-kitchen
# The reference solutions live once, in the labs' test sources, in the package the demo generates with.
solutions=labs/src/test/java/org/example/kitchen

echo "==> Building and installing Kitchen Lab $version (tests skipped: 'mvn -B -ntp -T 2 verify' runs them)"
mvn -B -ntp -q install -Dmaven.test.skip=true -Dinvoker.skip=true -Darchetype.test.skip=true

echo "==> Generating a lab project in $project"
rm -rf "$demo"
mkdir -p "$demo"
# Generated from inside target/demo, where no pom.xml is: in the kit's own folder the archetype would try to
# make the new project a module of the kit.
(cd "$demo" && mvn -B -ntp -q "org.apache.maven.plugins:maven-archetype-plugin:$archetype_plugin:generate" \
    -DarchetypeGroupId=dev.kitchenlab -DarchetypeArtifactId=kitchen-lab-archetype -DarchetypeVersion="$version" \
    -DgroupId=org.example -DartifactId=my-kitchen -Dversion=1.0-SNAPSHOT -Dpackage=org.example.kitchen)

echo "==> Replacing the skeletons with the reference solutions"
# Lab 15's (JDK 21+) live in labs/src/test/java21 and replace the skeleton in the project's src/main/java21.
for folder in java java21; do
    for lab in "${solutions/\/java\//\/$folder\/}"/lab*/; do
        name=$(basename "$lab")
        rm -rf "$project/src/main/$folder/org/example/kitchen/$name"
        cp -R "$lab" "$project/src/main/$folder/org/example/kitchen/$name"
        echo "    $name: $(cd "$lab" && ls -- *.java | tr '\n' ' ')"
    done
done

echo "==> cd $project && mvn -B kitchen:check"
cd "$project"
exec mvn -B -ntp kitchen:check
