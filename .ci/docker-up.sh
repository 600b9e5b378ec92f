#!/usr/bin/env bash
# Starts ONE shared Docker daemon for this host on the default socket
# (/var/run/docker.sock), unless something already answers there. The D2G
# feature runs `docker` with no DOCKER_HOST, as the task user in group
# `docker`, so the daemon must answer on the default socket.
#
# The daemon keeps its own --data-root and --exec-root, owns the socket by
# group `docker`, and never touches the host firewall or sysctls
# (--iptables=false --ip-forward=false --ip-masq=false); there is no default
# bridge (--bridge=none): containers get no network unless a task asks for
# the taskcluster proxy, whose per-task `docker network create` bridge only
# links the host to the container (no NAT, no forwarding).
#
# Storage driver overlay2, falling back to vfs (said on stderr) when overlay2
# cannot start here. Safe to run many times and from many test runs at once
# (a lock serialises starts). Exit 0 when a daemon answers, 1 otherwise (the
# reason on stderr). Leaves the daemon running: tests share it and clean up
# only their own containers, images and volumes.
#
#   .ci/docker-up.sh && docker info
set -uo pipefail

sock=/var/run/docker.sock
data_root=${GW_DOCKER_DATA_ROOT:-/var/lib/gw-docker}
exec_root=${GW_DOCKER_EXEC_ROOT:-/run/gw-docker}
log=${GW_DOCKER_LOG:-/var/log/gw-dockerd.log}

answers() {
  timeout 10 docker -H "unix://$sock" version --format '{{.Server.Version}}' >/dev/null 2>&1
}

answers && exit 0

if ! command -v dockerd >/dev/null 2>&1; then
  echo "docker-up: dockerd is not installed (Debian package docker.io)" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "docker-up: no daemon answers on $sock and starting one needs root" >&2
  exit 1
fi

getent group docker >/dev/null 2>&1 || groupadd --system docker

exec 9>/run/gw-docker-up.lock
flock 9
answers && exit 0

start() { # $1 = storage driver; waits up to 30 s for the socket to answer
  local driver=$1 pid i
  rm -f "$sock"
  mkdir -p "$data_root" "$exec_root"
  setsid dockerd \
    -H "unix://$sock" -G docker \
    --data-root "$data_root" --exec-root "$exec_root" \
    --pidfile "$exec_root/dockerd.pid" \
    --storage-driver "$driver" \
    --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
    --userland-proxy=false \
    >>"$log" 2>&1 </dev/null 9>&- &
  pid=$!
  for i in $(seq 1 60); do
    answers && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  kill "$pid" 2>/dev/null
  return 1
}

if start overlay2; then exit 0; fi
echo "docker-up: dockerd did not start with overlay2 (see $log); falling back to vfs" >&2
if start vfs; then exit 0; fi
echo "docker-up: dockerd did not start (see $log)" >&2
tail -20 "$log" >&2
exit 1
