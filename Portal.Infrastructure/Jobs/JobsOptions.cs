namespace Portal.Infrastructure.Jobs;

/// <summary>Where the job store lives.</summary>
public enum JobStoreKind
{
    /// <summary>A SQLite file next to the portal store (embedded default; not clustered).</summary>
    Sqlite,
    /// <summary>PostgreSQL at <c>ConnectionStrings:Jobs</c>, clustered: several portal processes share the schedule.</summary>
    Postgres,
}

/// <summary>Section <c>Portal:Jobs</c>: the job engine and the hand-off jobs.</summary>
public sealed class JobsOptions
{
    public const string Section = "Portal:Jobs";

    /// <summary>Run the scheduler in this process (default true; the in-memory test host turns it off).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>sqlite (default) or postgres.</summary>
    public JobStoreKind Store { get; set; } = JobStoreKind.Sqlite;
    /// <summary>Scheduler name; the same on every node of a cluster (it keys the job store's rows).</summary>
    public string SchedulerName { get; set; } = "PortalScheduler";
    /// <summary>Scheduler instance id; AUTO gives host name + time (unique per process).</summary>
    public string InstanceId { get; set; } = "AUTO";
    /// <summary>Relay poll interval (default 1 s).</summary>
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Decision feed poll interval (default 2 s).</summary>
    public TimeSpan FeedInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>Booking reminders interval (default 15 min).</summary>
    public TimeSpan RemindersInterval { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>
    /// Daily retention job: Quartz cron in UTC (default 18:30 UTC = 03:30 Japan time; Japan has no daylight saving). UTC
    /// because the job store keeps the zone by id, and a custom zone id cannot be read back.
    /// </summary>
    public string RetentionCron { get; set; } = "0 30 18 * * ?";
    /// <summary>How often the audit chain is verified (default hourly).</summary>
    public TimeSpan AuditVerifyInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Outbox rows taken per batch (default 500).</summary>
    public int BatchSize { get; set; } = 500;
    /// <summary>Longest one relay run keeps taking batches before it yields (default 20 s).</summary>
    public TimeSpan RunBudget { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>How long a taken batch is leased to this relay (default 30 s).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Attempts before a row is parked as dead-lettered (default 8).</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>First retry delay; doubles per attempt, with jitter (default 2 s).</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>Longest retry delay (default 10 min).</summary>
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Decisions read per feed run (default 200).</summary>
    public int FeedBatchSize { get; set; } = 200;
    /// <summary>Drafts untouched this long are removed by the retention job (default 180 days).</summary>
    public int DraftRetentionDays { get; set; } = 180;
    /// <summary>Expired or used access keys are removed this long after expiry (default 30 days).</summary>
    public int AccessKeyRetentionDays { get; set; } = 30;
    /// <summary>Record every relay run (instance, start, end) in the job store (used by the cluster test).</summary>
    public bool RecordRuns { get; set; }
}
