# Sourced by deploy/local/carepath after common.sh: what `up` builds before it starts anything -
# the local runtime (Kafka, PostgreSQL and Keycloak through Maven, once) and any service whose jar is
# missing or older than its sources.

require() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is needed: $2"
}

check_tools() {
  require java "install a Java 17 (or newer) JDK"
  require curl "install curl"
  require setsid "install util-linux"
  local version major
  version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  major="${version%%.*}"
  if ! [[ "$major" =~ ^[0-9]+$ ]] || ((major < 17)); then
    die "Java 17 or newer is needed (found ${version:-unknown})"
  fi
}

fingerprint() {
  # LocalTopics compiles in the topic specification of events/ (Topics.java)
  find "$HERE/runtime/pom.xml" "$HERE/runtime/src" "$REPO/events/src/main/java/org/carepath/events/Topics.java" -type f -print0 | sort -z | xargs -0 cat | sha256sum | cut -d' ' -f1
}

# Kafka, PostgreSQL and Keycloak, fetched through Maven into the state folder (first run only).
prepare_runtime() {
  local stamp="$STATE/build/runtime.sha256" want
  want="$(fingerprint)"
  if [[ -f "$LIB/carepath-local-runtime.jar" && -x "$KEYCLOAK_HOME/bin/kc.sh" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  require mvn "install Maven 3.8 or newer"
  step "fetching Kafka 4.1.1, PostgreSQL 17 (embedded) and Keycloak $KEYCLOAK_VERSION through Maven (first run: about 280 MB)"
  # a deleted Keycloak folder must be unpacked again even though Maven remembers doing it
  [[ -d "$KEYCLOAK_HOME" ]] || rm -rf "$STATE/build/markers"
  rm -rf "$LIB"
  if ! mvn -B -f "$HERE/runtime/pom.xml" package -Dcarepath.state="$STATE" >"$LOGS/runtime-build.log" 2>&1; then
    tail -n 30 "$LOGS/runtime-build.log" >&2
    die "the runtime build failed: see $LOGS/runtime-build.log"
  fi
  echo "$want" >"$stamp"
}

# A service's sources (or the contract and platform it is built from) changed after its jar was built.
sources_newer_than() {
  local jar="$1" module="$2"
  [[ -n "$(find "$REPO/pom.xml" "$REPO/events" "$REPO/platform" "$REPO/$module" \
    -name target -prune -o -type f -newer "$jar" -print -quit)" ]]
}

prepare_services() {
  local stale=() reasons=() module jar
  for module in "${SERVICES[@]/%/-service}" portal; do
    jar="$REPO/$module/target/quarkus-app/quarkus-run.jar"
    if [[ ! -f "$jar" ]]; then
      stale+=("$module") reasons+=("$module (not built)")
    elif sources_newer_than "$jar" "$module"; then
      stale+=("$module") reasons+=("$module (sources changed)")
    elif [[ ! -f "${jar%/*}/app-cds.jsa" ]]; then
      # built by a plain `mvn install` or the tests: it would start twice as slowly
      stale+=("$module") reasons+=("$module (no AppCDS archive)")
    fi
  done
  ((${#stale[@]} == 0)) && return 0
  require mvn "install Maven 3.8 or newer"
  local modules
  modules="$(IFS=,; echo "${stale[*]}")"
  # only what is stale, with what it is built from (-am); with each one's AppCDS archive: the build
  # starts each one briefly to record the classes it loads
  step "building ${reasons[*]}: mvn -B -q -DskipTests -Dquarkus.package.jar.appcds.enabled=true install -pl $modules -am"
  if ! (cd "$REPO" && mvn -B -q -DskipTests -Dquarkus.package.jar.appcds.enabled=true install -pl "$modules" -am) >"$LOGS/services-build.log" 2>&1; then
    tail -n 30 "$LOGS/services-build.log" >&2
    die "the services did not build: see $LOGS/services-build.log"
  fi
}
