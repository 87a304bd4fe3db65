using System.Diagnostics;
using System.Text;
using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Workflow;
using FactCheck.Workflows;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using FactCheck.Jobs;

namespace FactCheck.Cli;

/// <summary>
/// `factcheck bench`: transitions per second through the engine against a bare Dapper transaction doing the same
/// writes, and the first queue page at a million claims. Each runs on a throwaway database.
/// </summary>
public static class Bench
{
    // One on-enter activity per state and no due time: every transition writes exactly one state update, one journal row, one job.
    const string BenchWorkflow = """
        { "id": "bench", "version": 1, "initial": "a",
          "states": { "a": { "onEnter": [ { "activity": "notify" } ] }, "b": { "onEnter": [ { "activity": "notify" } ] } },
          "transitions": [ { "trigger": "flip", "from": "a", "to": "b", "roles": ["factchecker"] },
                           { "trigger": "flip", "from": "b", "to": "a", "roles": ["factchecker"] } ] }
        """;

    const string BareMove = "update claim set state = @State, row_version = row_version + 1, due_at = null, updated_at = @At where id = @Id and row_version = @Expected";
    const string BareJournal = """
        insert into journal (instance_id, at, kind, actor, actor_id, trigger_name, from_state, to_state, note, payload)
        values (@Id, @At, 'transition', 'bench', null, 'flip', @From, @State, null, null)
        """;
    const string BareJob = """
        insert into job (instance_id, activity, state, state_version, run_at, max_attempts, backoff_ms, then_trigger, idempotency_key, created_at)
        values (@Id, 'notify', @State, @Version, @At, 5, 10000, null, @Key, @At)
        """;

    public static async Task<int> Run(Args a, TextWriter o)
    {
        if (a.Opt("only") == "extract")
            return Extraction(a.Opt("corpus"), double.TryParse(a.Opt("mb") ?? "20", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var mbs) && mbs is > 0 and <= 1000
                ? (int)(mbs * 1_000_000) : throw new UsageException("--mb: megabytes of text, more than 0 and at most 1000 (20)"), o);
        if (a.Opt("only") == "cards") return Cards(o);
        if (a.Opt("only") == "similar") return await Similar(a.Opt("provider") ?? "sqlite", a.Opt("connection"), a.Int("claims") ?? 100_000, a.Opt("corpus"), a.Opt("article"), o);
        var providers = a.Opt("provider") is { } p ? [p] : new[] { "sqlite", "postgres" };
        var transitions = a.Int("transitions") ?? 2000;
        var claims = a.Int("claims") ?? 1_000_000;
        var rounds = a.Int("rounds") ?? 9;
        var jobs = a.Int("jobs") ?? 10_000;
        var workers = a.Int("workers") ?? 4;
        o.WriteLine($"# factcheck bench — {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z");
        foreach (var provider in providers)
        {
            await using var db = await ScratchDatabase.Create(provider, a.Opt("connection"));
            if (db is null) { o.WriteLine($"\n## {provider}: skipped (give --connection or set FACTCHECK_TEST_POSTGRES)"); continue; }
            o.WriteLine($"\n## {provider}");
            await Transitions(db.Options, transitions, rounds, o);
            await DrainJobs(db.Options, jobs, workers, o);
            await QueuePage(db.Options, claims, o);
        }
        return 0;
    }

    /// <summary>Cards rendered per second on one thread: the HTML page, the ClaimReview JSON-LD and the 1200×630 PNG.</summary>
    static int Cards(TextWriter o)
    {
        var options = new FactCheck.Publishing.PublishingOptions();
        var cards = Enumerable.Range(1, 20).Select(i => new FactCheck.Publishing.Card
        {
            Id = i, ClaimId = i, Version = 1, Slug = $"claim-{i}", ClaimText = $"Cargo traffic rose {i} percent last year, the biggest rise since 2009, the port authority said",
            Speaker = "Marta K. Ilves", Channel = "Coastline Radio", Rating = FactCheck.Workflow.Ratings.Scale[i % FactCheck.Workflow.Ratings.Scale.Count].Name,
            Summary = "Traffic rose 13.6 percent.", Rationale = "The **annual report** gives 13.6 per cent; see [the report](https://example.org).",
            Reviewer = "checker", Approver = "editor", SourcesJson = "[{\"url\":\"https://example.org\",\"title\":\"Annual report\",\"kind\":\"primary\"}]",
            PublishedAt = DateTimeOffset.UtcNow, FirstPublishedAt = DateTimeOffset.UtcNow,
        }).ToList();
        void RenderAll() { foreach (var c in cards) { FactCheck.Publishing.CardRenderer.Page(c, [1], options); FactCheck.Publishing.CardRenderer.JsonLd(c, options); FactCheck.Publishing.ShareImage.Png(c, options); } }
        RenderAll(); RenderAll(); // warm-up (JIT, font loading)
        var rates = new List<double>();
        double pageOnly = 0, pngOnly = 0;
        for (var r = 0; r < 5; r++)
        {
            var sw = Stopwatch.StartNew();
            for (var k = 0; k < 5; k++) RenderAll();
            rates.Add(cards.Count * 5 / sw.Elapsed.TotalSeconds);
        }
        var t = Stopwatch.StartNew();
        for (var k = 0; k < 50; k++) foreach (var c in cards) { FactCheck.Publishing.CardRenderer.Page(c, [1], options); FactCheck.Publishing.CardRenderer.JsonLd(c, options); }
        pageOnly = cards.Count * 50 / t.Elapsed.TotalSeconds;
        t.Restart();
        for (var k = 0; k < 5; k++) foreach (var c in cards) FactCheck.Publishing.ShareImage.Png(c, options);
        pngOnly = cards.Count * 5 / t.Elapsed.TotalSeconds;
        o.WriteLine($"cards/s  {Median(rates):F0} (page + JSON-LD + PNG, one thread, median of 5); page + JSON-LD alone {pageOnly:F0}/s; PNG alone {pngOnly:F0}/s");
        return 0;
    }

    /// <summary>
    /// Single-threaded extraction throughput over ≥ 20 MB of article text (--mb; less for the contextual model, 60 times
    /// slower): the corpus folder's *.txt, repeated.
    /// </summary>
    static int Extraction(string? corpus, int bytes, TextWriter o)
    {
        var articles = corpus is null ? [] : Directory.GetFiles(corpus, "*.txt").Select(File.ReadAllText).ToList();
        if (articles.Count == 0) throw new UsageException("give --corpus DIR with *.txt articles");
        var sb = new StringBuilder();
        while (sb.Length < bytes) foreach (var t in articles) sb.Append(t).Append("\n\n");
        var text = sb.ToString();
        var mb = Encoding.UTF8.GetByteCount(text) / 1e6;
        FactCheck.Extraction.AttributionExtractor.Extract(text); // warm-up
        var rates = new List<double>();
        var count = 0;
        for (var r = 0; r < 5; r++)
        {
            var sw = Stopwatch.StartNew();
            count = FactCheck.Extraction.AttributionExtractor.Extract(text).Count;
            rates.Add(mb / sw.Elapsed.TotalSeconds);
        }
        // The rules alone, in the same run: what the learned tagger costs.
        var rulesOnly = new List<double>();
        for (var r = 0; r < 5; r++)
        {
            var sw = Stopwatch.StartNew();
            FactCheck.Extraction.AttributionExtractor.Rules(text);
            rulesOnly.Add(mb / sw.Elapsed.TotalSeconds);
        }
        // Article by article, as intake runs it.
        var perArticle = new List<double>();
        var pieces = new List<string>();
        var total = 0L;
        while (total < bytes) foreach (var t in articles) { pieces.Add(t); total += Encoding.UTF8.GetByteCount(t); }
        for (var r = 0; r < 3; r++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var t in pieces) FactCheck.Extraction.AttributionExtractor.Extract(t);
            perArticle.Add(total / 1e6 / sw.Elapsed.TotalSeconds);
        }
        static string Rate(double mbs) => mbs >= 0.1 ? $"{mbs:F1} MB/s" : $"{mbs * 1000:F1} KB/s";
        o.WriteLine($"rules alone {Rate(Median(rulesOnly))} on one core");
        o.WriteLine($"extraction  {Rate(Median(rates))} on one core, rules and tagger ({mb:F1} MB of {articles.Count} articles repeated, {count:N0} attributions; median of 5)");
        o.WriteLine($"per article {Rate(Median(perArticle))} on one core, rules and tagger, one Extract call per article ({pieces.Count:N0} articles, {total / 1e6:F1} MB; median of 3)");
        return 0;
    }

    static async Task Transitions(DbOptions options, int n, int rounds, TextWriter o)
    {
        var catalog = new WorkflowLoader(ClaimWorkflow.Names).Load([("bench.json", Encoding.UTF8.GetBytes(BenchWorkflow))]);
        await using var session = new DbSession(options);
        var engine = new WorkflowEngine(catalog, new SqlWorkflowStore(session), [], TimeProvider.System);
        var actor = new Actor(1, "bench", new HashSet<string> { "factchecker" });
        var engineId = await NewInstance(session);
        var bareId = await NewInstance(session);
        long bareVersion = 0;
        var bareState = "a";

        async Task EngineOnce()
        {
            await using var tx = await session.BeginAsync();
            if (!(await engine.Fire(new FireRequest(engineId, "flip", actor))).Moved) throw new InvalidOperationException("bench transition refused");
            await tx.CommitAsync();
        }

        async Task BareOnce()
        {
            await using var tx = await session.BeginAsync();
            var to = bareState == "a" ? "b" : "a";
            var now = DateTimeOffset.UtcNow;
            if (await session.Execute(BareMove, new { Id = bareId, Expected = bareVersion, State = to, At = now }) != 1) throw new InvalidOperationException("bare conflict");
            await session.Execute(BareJournal, new { Id = bareId, At = now, From = bareState, State = to });
            await session.Execute(BareJob, new { Id = bareId, State = to, Version = bareVersion + 1, At = now, Key = $"{bareId}:{bareVersion + 1}:notify" });
            await tx.CommitAsync();
            bareVersion++;
            bareState = to;
        }

        // Warm-up long enough for tiered JIT to settle on both paths.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2)) { await EngineOnce(); await BareOnce(); }
        var engineRates = new List<double>();
        var bareRates = new List<double>();
        var ratios = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            // Interleaved rounds, so both sides see the same machine noise; the ratio is taken per round.
            // Within a round the two sides alternate in slices of 100, so drift on this shared machine hits both alike.
            var (engineTime, bareTime) = (TimeSpan.Zero, TimeSpan.Zero);
            for (var done = 0; done < n; done += 100)
            {
                engineTime += await Time(100, EngineOnce);
                bareTime += await Time(100, BareOnce);
            }
            engineRates.Add(n / engineTime.TotalSeconds);
            bareRates.Add(n / bareTime.TotalSeconds);
            ratios.Add(engineRates[^1] / bareRates[^1]);
        }
        o.WriteLine($"transitions/s  engine {Median(engineRates):F0}  bare Dapper {Median(bareRates):F0}  ratio {Median(ratios):F2} (median of per-round ratios; {rounds} interleaved rounds of {n})");
    }

    /// <summary>Several workers (each concurrency 4, own connections) drain N notify jobs; checks none ran twice or was lost.</summary>
    static async Task DrainJobs(DbOptions options, int count, int workers, TextWriter o)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FactCheck:Database:Provider"] = options.Provider,
            ["FactCheck:Database:ConnectionString"] = options.ConnectionString,
            ["FactCheck:Worker:PollMilliseconds"] = "50",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFactCheckCore(config);
        await using var provider = services.BuildServiceProvider();
        await using (var session = new DbSession(options))
        {
            var instance = await NewInstance(session);
            await using var tx = await session.BeginAsync();
            await session.Execute("delete from job; delete from outbox"); // the transition benchmark's jobs are not part of this one
            // The workers run the shipped definitions: the jobs' claim is on one of them, in the state that queued them
            // (a job for a definition a worker lacks is left for another node; one for a state left since, cancelled).
            await session.Execute("update claim set workflow_id = 'claim-review', state = 'intake' where id = @instance", new { instance });
            await session.Execute("""
                insert into job (instance_id, activity, state, state_version, run_at, max_attempts, backoff_ms, idempotency_key, input, created_at)
                values (@instance, 'notify', 'intake', 0, @Now, 3, 1000, @Key, '{"event":"bench"}', @Now)
                """, Enumerable.Range(1, count).Select(i => new { instance, Now = DateTimeOffset.UtcNow.AddSeconds(-1), Key = $"bench-{i}" }));
            await tx.CommitAsync();
        }
        using var stop = new CancellationTokenSource();
        var sw = Stopwatch.StartNew();
        var runs = Enumerable.Range(0, workers)
            .Select(_ => provider.GetRequiredService<Worker>())
            .Select(w => Task.Run(() => w.Run(stop.Token))).ToList();
        await using (var session = new DbSession(options))
            while (await session.Scalar<long>("select count(*) from job where status = 'done'") < count) await Task.Delay(20);
        var elapsed = sw.Elapsed;
        stop.Cancel();
        await Task.WhenAll(runs);
        await using (var session = new DbSession(options))
        {
            var once = await session.Scalar<long>("select count(*) from job where status = 'done' and attempts = 1");
            var outbox = await session.Scalar<long>("select count(*) from outbox");
            o.WriteLine($"jobs/s  {count / elapsed.TotalSeconds:F0} with {workers} workers × concurrency 4 draining {count:N0} notify jobs in {elapsed.TotalSeconds:F1} s (ran once: {once:N0}, outbox rows: {outbox:N0})");
        }
    }

    static async Task<TimeSpan> Time(int n, Func<Task> once)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) await once();
        return sw.Elapsed;
    }

    static async Task<long> NewInstance(DbSession s) =>
        await s.Insert("claim", "workflow_id, workflow_version, state, row_version, priority, text, has_incident, created_at, updated_at",
            "'bench', 1, 'a', 0, 0, 'bench', 0, @Now, @Now", new { Now = DateTimeOffset.UtcNow });

    static async Task QueuePage(DbOptions options, int count, TextWriter o)
    {
        var sw = Stopwatch.StartNew();
        await Seed(options, count);
        o.WriteLine($"seeded {count:N0} claims in {sw.Elapsed.TotalSeconds:F1} s");
        var catalog = ClaimWorkflow.Load(ClaimWorkflow.LocateDefinitions(null));
        await using var session = new DbSession(options);
        var handler = new ListClaims.Handler(session, catalog);
        foreach (var (label, query) in new[]
        {
            ("state=review", new ListClaims.Query(State: "review")),
            ("state=intake, unassigned", new ListClaims.Query(State: "intake", Unassigned: true)),
            ($"state=review, page {DeepPage(count)}", new ListClaims.Query(State: "review", Page: DeepPage(count))),
        })
        {
            for (var i = 0; i < 50; i++) await handler.Handle(query, default);
            var samples = new double[1000];
            for (var i = 0; i < samples.Length; i++)
            {
                var t = Stopwatch.GetTimestamp();
                var page = await handler.Handle(query, default);
                samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                if (page.Items.Count != 50) throw new InvalidOperationException($"expected a full page, got {page.Items.Count}");
            }
            Array.Sort(samples);
            o.WriteLine($"queue page of 50 ({label}) at {count:N0} claims: p50 {samples[500]:F3} ms  p95 {samples[950]:F3} ms  p99 {samples[990]:F3} ms");
        }
    }

    /// <summary>
    /// "Already checked?" among <paramref name="count"/> claims whose texts are sentences of a corpus: the lookup the
    /// claim page and the API make (embed the text, catch up, BM25 + cosine over every claim, fuse, label, read the rows),
    /// its p50/p95/p99; one new claim's embedding; and the ingest preview of an article (extraction and every
    /// attribution matched), warm. Seeding embeds each distinct sentence once and reuses it for its copies.
    /// </summary>
    static async Task<int> Similar(string provider, string? connection, int count, string? corpus, string? article, TextWriter o)
    {
        var sentences = corpus is null ? [] : Directory.GetFiles(corpus, "*.txt").Select(File.ReadAllText)
            .SelectMany(t => FactCheck.Extraction.Text.Sentences(t).Select(r => t[r.Start..r.End].Trim())).Where(x => x.Length is > 40 and < 400).Distinct().ToList();
        if (sentences.Count < 100) throw new UsageException("give --corpus DIR with *.txt articles (their sentences become the claims)");
        await using var db = await ScratchDatabase.Create(provider, connection) ?? throw new UsageException($"{provider}: give --connection or set FACTCHECK_TEST_POSTGRES");
        Migrator.Migrate(db.Options);
        var distinct = Math.Min(count, sentences.Count);
        var sw = Stopwatch.StartNew();
        // The corpus's embeddings are kept in the temp folder between runs (they take minutes and do not change).
        var cache = Path.Combine(Path.GetTempPath(), $"factcheck-bench-{string.Join("", System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", sentences.Take(distinct)))).Take(8).Select(x => x.ToString("x2")))}.vectors");
        sbyte[][] vectors;
        if (File.Exists(cache) && new FileInfo(cache).Length == (long)distinct * FactCheck.Search.Embedder.Dimensions)
        {
            var bytes = File.ReadAllBytes(cache);
            vectors = [.. Enumerable.Range(0, distinct).Select(i => FactCheck.Search.Embedder.FromBytes(bytes[(i * FactCheck.Search.Embedder.Dimensions)..((i + 1) * FactCheck.Search.Embedder.Dimensions)]))];
            o.WriteLine($"read the embeddings of {distinct:N0} distinct sentences from {cache}");
        }
        else
        {
            vectors = FactCheck.Search.Embedder.Encode(sentences.Take(distinct).ToList());
            File.WriteAllBytes(cache, [.. vectors.SelectMany(FactCheck.Search.Embedder.ToBytes)]);
            o.WriteLine($"embedded {distinct:N0} distinct sentences in {sw.Elapsed.TotalSeconds:F1} s ({sw.Elapsed.TotalMilliseconds / distinct:F1} ms each, batched)");
        }
        sw.Restart();
        await using (var session = new DbSession(db.Options))
        {
            var now = DateTimeOffset.UtcNow;
            for (var start = 0; start < count; start += 1000)
            {
                await using var tx = await session.BeginAsync();
                for (var i = start; i < Math.Min(count, start + 1000); i++)
                {
                    // Each sentence is used several times over: the same claim from several articles, as on a real desk.
                    var text = sentences[i % distinct];
                    var id = await session.Insert("claim", "workflow_id, workflow_version, state, row_version, priority, text, has_incident, created_at, updated_at",
                        "'claim-review', 1, 'intake', 0, 0, @text, 0, @now, @now", new { text, now });
                    await FactCheck.Search.ClaimMatches.Index(session, id, text, default, vector: vectors[i % distinct]);
                }
                await tx.CommitAsync();
            }
        }
        o.WriteLine($"{provider}: seeded {count:N0} claims ({distinct:N0} distinct) with words and embeddings in {sw.Elapsed.TotalSeconds:F1} s");
        await using var lookup = new DbSession(db.Options);
        sw.Restart();
        await FactCheck.Search.MatchIndex.For(lookup).CatchUp(lookup, default);
        o.WriteLine($"{provider}: index loaded by a fresh node in {sw.Elapsed.TotalSeconds:F1} s ({Environment.WorkingSet / 1024 / 1024} MB working set)");
        var random = new Random(7);
        var found = 0;
        async Task<int> Lookup(string x) =>
            (await FactCheck.Search.ClaimMatches.Find(lookup, x, FactCheck.Search.Embedder.Encode(FactCheck.Search.Analyzer.Clean(x)), null, 5, default)).Count;
        for (var i = 0; i < 50; i++) await Lookup(sentences[random.Next(sentences.Count)]);
        var samples = new double[500];
        for (var i = 0; i < samples.Length; i++)
        {
            // A sentence on the desk, cut and reworded a little, as a new article would carry it.
            var x = sentences[random.Next(sentences.Count)];
            x = x[..Math.Max(20, x.Length * 3 / 4)] + " officials said";
            var t = Stopwatch.GetTimestamp();
            found += await Lookup(x);
            samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(samples);
        o.WriteLine($"{provider}: \"already checked?\" for a new text (embedding included) at {count:N0} claims: p50 {samples[250]:F1} ms, p95 {samples[475]:F1} ms, p99 {samples[495]:F1} ms ({found / (double)samples.Length:F1} matches a lookup)");
        // The claim page's lookup: a claim on the desk, by its stored embedding (nothing to encode).
        var pageSamples = new double[500];
        for (var i = 0; i < pageSamples.Length; i++)
        {
            var id = random.Next(1, count + 1);
            var t = Stopwatch.GetTimestamp();
            await FactCheck.Search.ClaimMatches.ForClaim(lookup, id, 5, default);
            pageSamples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(pageSamples);
        o.WriteLine($"{provider}: a claim page's similar claims at {count:N0} claims: p50 {pageSamples[250]:F1} ms, p95 {pageSamples[475]:F1} ms, p99 {pageSamples[495]:F1} ms");
        var embeds = new double[200];
        for (var i = 0; i < embeds.Length; i++)
        {
            var t = Stopwatch.GetTimestamp();
            FactCheck.Search.Embedder.Encode(sentences[random.Next(sentences.Count)]);
            embeds[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(embeds);
        o.WriteLine($"one new claim's embedding: p50 {embeds[100]:F1} ms, p95 {embeds[190]:F1} ms ({Environment.ProcessorCount} processor(s) visible)");
        if (article is not null)
        {
            var text = File.ReadAllText(article);
            async Task<(int, int)> Preview()
            {
                var found = FactCheck.Extraction.AttributionExtractor.Extract(text);
                var texts = found.Select(a => FactCheck.Features.Articles.IngestArticle.ClaimText(a, found)).ToList();
                var vectors = FactCheck.Search.Embedder.Encode([.. texts.Select(x => FactCheck.Search.Analyzer.Clean(x))]);
                var matched = 0;
                for (var i = 0; i < texts.Count; i++) matched += (await FactCheck.Search.ClaimMatches.Find(lookup, texts[i], vectors[i], null, 5, default)).Count;
                return (texts.Count, matched);
            }
            await Preview();
            var runs = new double[20];
            var (attributions, matches) = (0, 0);
            for (var i = 0; i < runs.Length; i++)
            {
                var t = Stopwatch.GetTimestamp();
                (attributions, matches) = await Preview();
                runs[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            Array.Sort(runs);
            o.WriteLine($"ingest preview of {Path.GetFileName(article)} ({attributions} attributions, {matches} matches) at {count:N0} claims, warm: median {runs[10]:F0} ms, worst {runs[^1]:F0} ms");
        }
        return 0;
    }

    static int DeepPage(int claims) => Math.Clamp(claims / States.Length / 50, 1, 20);

    static readonly string[] States = ["intake", "source_lookup", "review", "editor_approval", "published", "archived"];

    static async Task Seed(DbOptions options, int count)
    {
        if (options.Kind == DbProvider.Postgres)
        {
            await using var c = new NpgsqlConnection(options.ConnectionString);
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                insert into claim (workflow_id, workflow_version, state, row_version, priority, due_at, text, speaker, has_incident, created_at, updated_at)
                select 'claim-review', 1, (array['intake','source_lookup','review','editor_approval','published','archived'])[1 + i % 6], 0, (i * 7) % 4,
                       now() + make_interval(mins => (i * 37) % 100000), 'Seeded claim ' || i, 'Speaker ' || (i % 500), 0, now(), now()
                from generate_series(1, @n) as s(i);
                analyze claim;
                """, c) { CommandTimeout = 600 };
            cmd.Parameters.AddWithValue("n", count);
            await cmd.ExecuteNonQueryAsync();
            return;
        }
        await using var conn = new SqliteConnection(options.ConnectionString);
        await conn.OpenAsync();
        await using var tx = conn.BeginTransaction();
        await using var insert = conn.CreateCommand();
        insert.CommandText = """
            insert into claim (workflow_id, workflow_version, state, row_version, priority, due_at, text, speaker, has_incident, created_at, updated_at)
            values ('claim-review', 1, $state, 0, $priority, $due, $text, $speaker, 0, $now, $now)
            """;
        var state = insert.Parameters.Add("$state", SqliteType.Text);
        var priority = insert.Parameters.Add("$priority", SqliteType.Integer);
        var due = insert.Parameters.Add("$due", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var speaker = insert.Parameters.Add("$speaker", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", DateTime.UtcNow);
        insert.Prepare();
        var start = DateTime.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            state.Value = States[i % 6];
            priority.Value = i * 7 % 4;
            due.Value = start.AddMinutes(i * 37 % 100000);
            text.Value = "Seeded claim " + i;
            speaker.Value = "Speaker " + (i % 500);
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        await using var analyze = conn.CreateCommand();
        analyze.CommandText = "analyze";
        await analyze.ExecuteNonQueryAsync();
    }

    static double Median(List<double> xs) { var s = xs.Order().ToList(); return s[s.Count / 2]; }

    internal sealed class ScratchDatabase : IAsyncDisposable
    {
        public required DbOptions Options { get; init; }
        public required Func<Task> Drop { get; init; }

        public static async Task<ScratchDatabase?> Create(string provider, string? connection)
        {
            var name = "factcheck_bench_" + Guid.NewGuid().ToString("N")[..8];
            ScratchDatabase db;
            if (provider == "sqlite")
            {
                var file = Path.Combine(Path.GetTempPath(), name + ".db");
                db = new() { Options = new DbOptions { Provider = "sqlite", ConnectionString = $"Data Source={file}" }, Drop = () =>
                {
                    SqliteConnection.ClearAllPools();
                    foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                    return Task.CompletedTask;
                } };
            }
            else if (provider == "postgres")
            {
                var admin = connection ?? Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES");
                if (string.IsNullOrEmpty(admin)) return null;
                await using (var c = new NpgsqlConnection(admin)) { await c.OpenAsync(); await new NpgsqlCommand($"create database {name}", c).ExecuteNonQueryAsync(); }
                db = new() { Options = new DbOptions { Provider = "postgres", ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString }, Drop = async () =>
                {
                    NpgsqlConnection.ClearAllPools();
                    await using var c = new NpgsqlConnection(admin);
                    await c.OpenAsync();
                    for (var attempt = 1; ; attempt++) // an autovacuum worker may hold the database for a moment
                    {
                        try { await new NpgsqlCommand($"drop database if exists {name} with (force)", c).ExecuteNonQueryAsync(); return; }
                        catch (PostgresException ex) when (ex.SqlState is "42501" or "55006" && attempt < 50) { await Task.Delay(200); }
                    }
                } };
            }
            else throw new UsageException($"bench runs on sqlite or postgres, not '{provider}'");
            Migrator.Migrate(db.Options);
            return db;
        }

        public async ValueTask DisposeAsync() => await Drop();
    }
}
