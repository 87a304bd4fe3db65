using System.Diagnostics.Metrics;
using Dapper;
using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Jobs;

/// <summary>
/// Gauges read from the database when metrics are collected: jobs due and waiting, the age of the oldest, open
/// incidents, overdue claims. One query for all four, at most once a second, on its own connection.
/// </summary>
public sealed class QueueMetrics : IDisposable
{
    readonly Meter _meter;
    readonly DbOptions _db;
    readonly TimeProvider _clock;
    readonly Lock _lock = new();
    (DateTimeOffset At, Snapshot Value) _last;

    sealed class Snapshot
    {
        public long Due { get; init; }
        public DateTimeOffset? OldestDue { get; init; }
        public long OpenIncidents { get; init; }
        public long Overdue { get; init; }
    }

    public QueueMetrics(IMeterFactory meters, DbOptions db, TimeProvider clock)
    {
        (_db, _clock) = (db, clock);
        _meter = meters.Create(EngineTelemetry.Name);
        _meter.CreateObservableGauge("factcheck.jobs.due", () => Read().Due, "{job}", "Jobs due and not yet running");
        _meter.CreateObservableGauge("factcheck.jobs.oldest_due_age", () => Read().OldestDue is { } at ? Math.Max(0, (_clock.GetUtcNow() - at).TotalSeconds) : 0,
            "s", "How long the oldest due job has waited");
        _meter.CreateObservableGauge("factcheck.incidents.open", () => Read().OpenIncidents, "{incident}", "Incidents not yet retried or resolved");
        _meter.CreateObservableGauge("factcheck.claims.overdue", () => Read().Overdue, "{claim}", "Claims past their state's due time");
    }

    Snapshot Read()
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            if (_last.Value is not null && now - _last.At < TimeSpan.FromSeconds(1)) return _last.Value;
            using var connection = DbSession.CreateConnection(_db.Kind, _db.ConnectionString);
            connection.Open();
            var value = connection.QuerySingle<Snapshot>("""
                select (select count(*) from job where status = 'pending' and run_at <= @now) as due,
                       (select min(run_at) from job where status = 'pending' and run_at <= @now) as oldest_due,
                       (select count(*) from incident where resolved_at is null) as open_incidents,
                       (select count(*) from claim where due_at is not null and due_at < @now) as overdue
                """, new { now });
            _last = (now, value);
            return value;
        }
    }

    public void Dispose() => _meter.Dispose();
}
