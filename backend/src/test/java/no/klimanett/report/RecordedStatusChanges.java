package no.klimanett.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the workflow events, as the stats feature would observe them, so tests can assert each one. */
@ApplicationScoped
public class RecordedStatusChanges {

    private final List<ReportStatusChanged> events = new CopyOnWriteArrayList<>();

    void on(@Observes ReportStatusChanged event) {
        events.add(event);
    }

    public List<String> of(UUID reportId) {
        return events.stream().filter(e -> e.reportId().equals(reportId)).map(e -> e.from() + ">" + e.to()).toList();
    }
}
