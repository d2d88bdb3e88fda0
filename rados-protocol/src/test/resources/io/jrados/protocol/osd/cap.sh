#!/bin/bash
# cap.sh NAME CMD...  : capture loopback traffic to the OSD port while CMD runs
name=$1; shift
tcpdump -i lo -w /tmp/osdop-work/$name.pcap -U -s 0 "tcp port ${OSD_PORT:-6800}" >/tmp/osdop-work/$name.tcpdump.log 2>&1 &
tp=$!
sleep 1.5
"$@"
sleep 1
kill $tp; wait $tp
