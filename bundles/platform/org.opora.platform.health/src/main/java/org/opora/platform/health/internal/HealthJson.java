package org.opora.platform.health.internal;

import java.util.List;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;

/** Writes execution results as a small JSON document (no JSON library needed for this). */
final class HealthJson {

    private HealthJson() {
    }

    static Result.Status overall(List<HealthCheckExecutionResult> results) {
        Result.Status worst = Result.Status.OK;
        for (HealthCheckExecutionResult r : results) {
            if (r.getHealthCheckResult().getStatus().ordinal() > worst.ordinal()) {
                worst = r.getHealthCheckResult().getStatus();
            }
        }
        return worst;
    }

    static String write(List<HealthCheckExecutionResult> results) {
        StringBuilder json = new StringBuilder("{\"overall\":\"").append(overall(results)).append("\",\"checks\":[");
        for (int i = 0; i < results.size(); i++) {
            HealthCheckExecutionResult r = results.get(i);
            json.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(r.getHealthCheckMetadata().getName()))
                    .append(",\"status\":\"").append(r.getHealthCheckResult().getStatus())
                    .append("\",\"timeMs\":").append(r.getElapsedTimeInMs()).append(",\"messages\":[");
            boolean first = true;
            for (ResultLog.Entry e : r.getHealthCheckResult()) {
                json.append(first ? "" : ",").append(quote(e.getStatus() + " " + e.getMessage()));
                first = false;
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
