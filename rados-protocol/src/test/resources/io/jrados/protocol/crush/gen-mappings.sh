#!/usr/bin/env bash
# Regenerates the *.mappings expectations from the *.crush fixtures with Ceph's own crushtool
# (Ceph 16.2.15). Each run is recorded as a "@ map=... rule=... numrep=... pool=... weights=..."
# header, the exact crushtool command as a comment, then crushtool's output verbatim.
set -euo pipefail
cd "$(dirname "$0")"
run() { # out map rule numrep minx maxx pool weights(dev:w,dev:w)
  local out=$1 map=$2 rule=$3 numrep=$4 minx=$5 maxx=$6 pool=$7 weights=$8
  local args=(-i "$map" --test --show-mappings --rule "$rule" --num-rep "$numrep" --min-x "$minx" --max-x "$maxx")
  [ "$pool" != "-" ] && args+=(--pool-id "$pool")
  if [ -n "$weights" ]; then
    IFS=, read -ra ws <<< "$weights"
    for w in "${ws[@]}"; do args+=(--weight "${w%%:*}" "${w##*:}"); done
  fi
  echo "@ map=$map rule=$rule numrep=$numrep pool=$pool weights=$weights" >> "$out"
  echo "# crushtool ${args[*]}" >> "$out"
  crushtool "${args[@]}" >> "$out"
}
rm -f ./*.mappings
run cluster.mappings cluster.crush 0 3 0 1023 - ""
run cluster.mappings cluster.crush 0 2 0 1023 - "1:0"
run cluster.mappings cluster.crush 0 3 0 1023 - "0:0.5,2:0.25"
for r in 0 1 2 3 4 5 6 7 8 9; do run mixed-jewel.mappings mixed-jewel.crush $r 3 0 1023 - ""; done
for r in 0 1 3 4 6 8 9; do run mixed-jewel.mappings mixed-jewel.crush $r 6 0 255 - ""; done
for r in 0 1 2 3 6 8; do run mixed-jewel.mappings mixed-jewel.crush $r 4 0 1023 - "14:0,17:0.5,2:0.25,9:0,5:0"; done
run mixed-jewel.mappings mixed-jewel.crush 4 4 0 1023 - "1:0"
run mixed-jewel.mappings mixed-jewel.crush 4 2 0 1023 - "1:0.5"
for p in argonaut bobtail firefly; do
  for r in 0 1 2 3 4 6 7 9; do run mixed-$p.mappings mixed-$p.crush $r 3 0 1023 - ""; done
  run mixed-$p.mappings mixed-$p.crush 0 4 0 1023 - "14:0,17:0.5,2:0.25,9:0"
  run mixed-$p.mappings mixed-$p.crush 1 5 0 255 - "14:0,17:0.5,2:0.25,9:0"
done
for r in 0 1; do run classes.mappings classes.crush $r 3 0 1023 - ""; done
run classes.mappings classes.crush 1 3 0 1023 - "0:0,5:0.5"
for r in 0 1; do
  for pool in - 7 3; do run choose-args.mappings choose-args.crush $r 3 0 1023 $pool ""; done
done
run choose-args.mappings choose-args.crush 0 3 0 1023 7 "1:0,4:0.5"
