#!/usr/bin/env bash
# Runs AnnotateJob on a real Spark standalone cluster on this machine: a master and one worker as separate JVMs,
# started from the Spark jars Maven resolves (no Spark install needed), the job submitted to spark://localhost:7077
# with the pipeline's jars shipped to the executor, its output checked, and both stopped.
#
#   spark/standalone-cluster.sh                  # 3 articles written here, checked in detail
#   INPUT=path/to/folder spark/standalone-cluster.sh   # your articles (a folder, JSON lines or Parquet)
#
# Environment: INPUT, EXECUTOR_MEMORY (default 1g), WORKER_CORES (default 2), MVN_FLAGS (default -o: offline;
# set it to "" on the first run so Maven can download Spark). Run from anywhere; the work goes to
# spark/target/cluster/ (logs: master.log, worker.log, submit.log, the executor's in work/app-*/0/stderr).
# Exit code 0 when the job ran on the cluster and its output passed the checks.
set -euo pipefail

MODULE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$MODULE")
WORK="$MODULE/target/cluster"
EXECUTOR_MEMORY=${EXECUTOR_MEMORY:-1g}
WORKER_CORES=${WORKER_CORES:-2}
MVN_FLAGS=${MVN_FLAGS--o}
PORT=7077
MASTER_URL="spark://localhost:$PORT"

# What Spark's launcher gives its JVMs on Java 17 (the spark module's spark.java.options).
JAVA_OPTS=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

log() { printf '[cluster] %s\n' "$*"; }
fail() { printf '[cluster] FAILED: %s\n' "$*" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"

# 1. The module's jar and the list of jars it needs besides Spark (target/job-classpath.txt).
log "building the spark module and what it depends on"
(cd "$ROOT" && mvn -B -q $MVN_FLAGS package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl spark -am)
APP_JAR=$(ls "$MODULE"/target/news-pipeline-spark-*.jar | grep -v -e sources -e javadoc | head -1)
JOB_JARS=$(tr ':' ',' < "$MODULE/target/job-classpath.txt")

# 2. A Spark home: jars/ holds spark-sql and everything it needs, at Spark's own versions, as a distribution's does.
SPARK_VERSION=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$MODULE/pom.xml" | head -1)
log "resolving the Spark $SPARK_VERSION jars"
mvn -B -q $MVN_FLAGS -f "$MODULE/cluster/pom.xml" dependency:build-classpath -Dspark.version="$SPARK_VERSION" \
  -Dmdep.outputFile="$WORK/spark-classpath.txt"
export SPARK_HOME="$WORK/spark-home"
export SPARK_SCALA_VERSION=2.13
export SPARK_LOCAL_IP=127.0.0.1   # every JVM of this cluster listens and connects on the loopback only
mkdir -p "$SPARK_HOME/jars" "$WORK/work"
for jar in $(tr ':' ' ' < "$WORK/spark-classpath.txt"); do ln -s "$jar" "$SPARK_HOME/jars/"; done
SPARK_CP="$SPARK_HOME/jars/*"

PIDS=()
stop_all() {
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill "${PIDS[i]}" 2>/dev/null || true
    wait "${PIDS[i]}" 2>/dev/null || true
  done
  PIDS=()
}
trap stop_all EXIT

wait_for() {  # file, text, seconds
  for ((s = 0; s < $3; s++)); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 1
  done
  fail "no '$2' in $1 after $3 s"
}

# 3. The master and one worker, each its own JVM.
if (echo > /dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then
  fail "port $PORT is taken: is another Spark master running?"
fi
log "starting the master on $MASTER_URL"
java "${JAVA_OPTS[@]}" -Xmx512m -cp "$SPARK_CP" org.apache.spark.deploy.master.Master \
  --host localhost --port $PORT --webui-port 18080 > "$WORK/master.log" 2>&1 &
PIDS+=($!)
wait_for "$WORK/master.log" "I have been elected leader" 60
log "starting a worker ($WORKER_CORES cores, $EXECUTOR_MEMORY for its executor)"
java "${JAVA_OPTS[@]}" -Xmx512m -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker --host localhost \
  --cores "$WORKER_CORES" --memory 8g --work-dir "$WORK/work" --webui-port 18081 "$MASTER_URL" \
  > "$WORK/worker.log" 2>&1 &
PIDS+=($!)
wait_for "$WORK/worker.log" "Successfully registered with master" 60

# 4. The input: three short articles written here, unless INPUT names one.
if [[ -z "${INPUT:-}" ]]; then
  INPUT="$WORK/articles"
  mkdir -p "$INPUT"
  cat > "$INPUT/ferry.txt" <<'TEXT'
The ferry to Norra Island will run again from Friday, the transport office said.
"The new engine passed every test," said Lars Eklund, the ship's captain.
TEXT
  cat > "$INPUT/school.txt" <<'TEXT'
The school on Birch Road will get a new roof this summer.
"The children deserve a dry classroom," said Karin Lund, the head teacher.
TEXT
  cat > "$INPUT/market.txt" <<'TEXT'
Prices at the Saturday market rose again in June, traders said.
TEXT
  CHECK_SAMPLE=1
fi
EXPECTED_ROWS=""
if [[ -d "$INPUT" ]] && ! ls "$INPUT" | grep -q -e '\.parquet$' -e '\.json' ; then
  EXPECTED_ROWS=$(find "$INPUT" -type f ! -name '.*' | wc -l)
fi

# 5. The job, submitted in client mode; the executor gets the pipeline's jars only through --jars.
log "submitting AnnotateJob on $INPUT"
START=$(date +%s.%N)
cd "$WORK"
java "${JAVA_OPTS[@]}" -Xmx1g -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER_URL" --deploy-mode client --name news-pipeline-cluster-check \
  --class org.newspipeline.spark.AnnotateJob \
  --jars "$JOB_JARS" \
  --executor-memory "$EXECUTOR_MEMORY" \
  --conf spark.executor.extraJavaOptions=-XX:-DontCompileHugeMethods \
  --conf spark.ui.enabled=false --conf spark.driver.host=localhost --conf spark.driver.bindAddress=127.0.0.1 \
  "$APP_JAR" --input "$INPUT" --output "$WORK/out" --output-format jsonl --quotes "$WORK/quotes" \
  > "$WORK/submit.log" 2>&1 || { tail -40 "$WORK/submit.log"; fail "spark-submit failed (log: $WORK/submit.log)"; }
END=$(date +%s.%N)
grep -E '^(Annotated|Counters)' "$WORK/submit.log"

# 6. The checks: it ran on the executor, every row is there and annotated.
EXECUTOR_LOG=$(ls "$WORK"/work/app-*/*/stderr | head -1)
grep -q "news-pipeline built on this executor" "$EXECUTOR_LOG" || fail "the executor never built the pipeline"
 grep -h "ExecutorPipeline" "$EXECUTOR_LOG" | sed 's/^/[executor] /'
ROWS=$(cat "$WORK"/out/part-*.json | wc -l)
ERRORS=$(cat "$WORK"/out/part-*.json | grep -c '"error":' || true)
log "$ROWS rows written, $ERRORS with an error, $(cat "$WORK"/quotes/part-*.json | wc -l) quotes"
[[ -z "$EXPECTED_ROWS" || "$ROWS" == "$EXPECTED_ROWS" ]] || fail "expected $EXPECTED_ROWS rows, got $ROWS"
[[ "$ERRORS" == 0 ]] || fail "$ERRORS rows have an error"
if [[ -n "${CHECK_SAMPLE:-}" ]]; then
  grep -q '"file":"ferry.txt".*"speaker":"Lars Eklund","speaker_type":"PERSON"' "$WORK"/quotes/part-*.json \
    || fail "the ferry quote is not Lars Eklund's"
  grep -q '"file":"school.txt".*"speaker":"Karin Lund"' "$WORK"/quotes/part-*.json \
    || fail "the school quote is not Karin Lund's"
fi
printf '[cluster] submit to exit: %.1f s\n' "$(echo "$END - $START" | bc)"
stop_all
log "OK: the job ran on $MASTER_URL; master and worker stopped"
