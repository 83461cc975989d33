# Shared by the launchers: where the repository is and where each application's jar lives.
MEMLAYER_HOME=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

# memlayer_jar MODULE: the runnable jar of indexer-cli or query-service, or one line and exit 1.
memlayer_jar() {
  local jar="$MEMLAYER_HOME/$1/target/quarkus-app/quarkus-run.jar"
  if [[ ! -f "$jar" ]]; then
    echo "memlayer: $1 is not built; run: (cd $MEMLAYER_HOME && mvn -B -DskipTests package)" >&2
    exit 1
  fi
  printf '%s\n' "$jar"
}

# memlayer_build_if_stale: package both applications when a source is newer than their jars
# (bench/ is left out: the benchmark harness is not part of either application).
memlayer_build_if_stale() {
  local stamp="$MEMLAYER_HOME/query-service/target/quarkus-app/quarkus-run.jar"
  local other="$MEMLAYER_HOME/indexer-cli/target/quarkus-app/quarkus-run.jar"
  if [[ -f "$stamp" && -f "$other" ]] \
     && [[ -z "$(find "$MEMLAYER_HOME" \( -path '*/target' -o -path "$MEMLAYER_HOME/bench" \) -prune -o \( -name '*.java' -o -name '*.sql' -o -name '*.properties' -o -name 'pom.xml' \) -newer "$other" -print -quit)" ]] \
     && [[ -z "$(find "$MEMLAYER_HOME" \( -path '*/target' -o -path "$MEMLAYER_HOME/bench" \) -prune -o \( -name '*.java' -o -name '*.sql' -o -name '*.properties' -o -name 'pom.xml' \) -newer "$stamp" -print -quit)" ]]; then
    return 0
  fi
  echo "memlayer: building (mvn -B -q -DskipTests package)…" >&2
  (cd "$MEMLAYER_HOME" && mvn -B -q -DskipTests package) >&2
}
