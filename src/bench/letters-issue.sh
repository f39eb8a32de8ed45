#!/usr/bin/env bash
# Benchmark of issuing letters (issue 8): number + PDF (openhtmltopdf, QR code) + PAdES-B-B signature
# + SHA-256, as LetterIssuer does it, in one JVM without the database (the row-locked number costs a
# row lock and one update on top). Back to back, then 8 officials at once through the bounded signing
# pool (one slot per core, as deployed) and without it. Budget: p99 <= 500 ms per letter on 2 cores.
#
# Usage: src/bench/letters-issue.sh [letters per run, default 200]
# Settings: HEAP=-Xmx512m (the JVM heap), LOCK=/tmp/portal-build.lock (held while compiling and while
# measuring, so builds of others sharing the machine do not disturb it; LOCK= disables it).
#
# Measured 2026-12-06 on this 2-core machine (-Xmx512m, 200 letters a run, after 100 warm-up letters):
#   back to back                         49.6 letters/s  median  18 ms  p99  37 ms
#   8 at a time, bounded pool (2 slots)  65.9 letters/s  median 118 ms  p99 163 ms
#   8 at a time, no pool                 56.2 letters/s  median 136 ms  p99 248 ms
# In the container against MariaDB: 51 letters of one village, 50 of them signed at once, 2.8 s
# (LetterIssuerIT), the row-locked number serialising them per village.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-200}
HEAP=${HEAP:--Xmx512m}
LOCK=${LOCK-/tmp/portal-build.lock}
locked() { if [ -n "$LOCK" ]; then flock -o "$LOCK" "$@"; else "$@"; fi; }

locked mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "Issuing $COUNT letters per run ($HEAP, $(nproc) cores)"
locked java $HEAP -Dpdfbox.fontcache=target -cp "$CP" id.portaldesa.letters.issue.LetterIssueBench "$COUNT"
