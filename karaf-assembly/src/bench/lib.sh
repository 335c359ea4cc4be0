# Shared by the bench scripts (sourced, not run): free loopback ports and stopping the Karaf copies of a folder.

# A loopback port nobody listens on now (the system's choice).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Stops every Karaf whose karaf.home lies under $1: SIGTERM, up to 30 s for the JVMs to exit (their folders must not
# go while they write), then SIGKILL for what is left.
stop_karafs_under() {
  pkill -f "karaf.home=$1" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pgrep -f "karaf.home=$1" >/dev/null || break; sleep 0.5; done
  pkill -9 -f "karaf.home=$1" >/dev/null 2>&1 || true
}
