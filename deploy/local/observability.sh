# Sourced by deploy/local/carepath: `up --observability` runs a local Prometheus (127.0.0.1 only)
# with deploy/observability's scrape config and alerting rules, when the `prometheus` binary is on
# PATH. Grafana and its dashboards run with compose only (docker-compose.yml).

PROMETHEUS_DIR="$STATE/prometheus"

# compose's prometheus.yml with the services on 127.0.0.1 (same ports) and the rules where they are
prometheus_config() {
  mkdir -p "$PROMETHEUS_DIR/data"
  sed -e 's#\[\([a-z]*\)-service:#[127.0.0.1:#' \
    -e "s#- rules/#- $REPO/deploy/observability/prometheus/rules/#" \
    "$REPO/deploy/observability/prometheus/prometheus.yml" >"$PROMETHEUS_DIR/prometheus.yml"
}

start_prometheus() {
  check_ports_free prometheus
  prometheus_config
  launch prometheus prometheus --config.file="$PROMETHEUS_DIR/prometheus.yml" \
    --storage.tsdb.path="$PROMETHEUS_DIR/data" --storage.tsdb.retention.time=7d \
    --web.listen-address="127.0.0.1:$CAREPATH_PROMETHEUS_PORT"
}

# After the services are up: Prometheus if it can run here, else how to get it (`up` still succeeds).
start_observability() {
  if ! command -v prometheus >/dev/null 2>&1; then
    say ""
    say "--observability: no 'prometheus' binary on PATH, so no local Prometheus. To get one:"
    say "  Debian/Ubuntu:  sudo apt-get install --no-install-recommends prometheus   (then: sudo systemctl disable --now prometheus)"
    say "  elsewhere:      the release archive from https://prometheus.io/download/ - put its 'prometheus' on PATH"
    say "  then run 'deploy/local/carepath up --observability' again. Prometheus and Grafana with the"
    say "  dashboards also run with compose (docker-compose.yml). Meanwhile each service serves /q/metrics."
    return 0
  fi
  if alive prometheus; then
    say "    prometheus already running (pid $(pid_of prometheus))"
  else
    step "starting prometheus"
    start_prometheus
  fi
  await_healthy prometheus
  say "    prometheus healthy"
}

print_observability() {
  alive prometheus || return 0
  cat <<EOF2

Prometheus       $PROMETHEUS_URL   (targets: $PROMETHEUS_URL/targets, alerts: $PROMETHEUS_URL/alerts; deploy/RUNBOOK.md)
EOF2
}
