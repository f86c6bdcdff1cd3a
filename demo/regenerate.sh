#!/usr/bin/env bash
# Rewrites demo/data/ from pipeline/src/test/java/org/tamiz/pipeline/DemoCorpus.java (real files, built with jwarc
# and commons-compress from the sentences in pipeline/src/test/resources/org/tamiz/pipeline/demo-texts.tsv).
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE="$PWD/pipeline/target/test-classpath.txt"
# In one reactor build, so the sibling modules resolve to their target/classes; pipeline is built last and
# leaves its class path in CP_FILE.
mvn -B -q -DskipTests test-compile dependency:build-classpath -pl pipeline -am \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
rm -rf demo/data
java -cp "pipeline/target/test-classes:pipeline/target/classes:$(cat "$CP_FILE")" org.tamiz.pipeline.DemoCorpus demo/data
find demo/data -type f | sort
