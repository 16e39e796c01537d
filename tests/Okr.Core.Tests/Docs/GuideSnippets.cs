using Okr.Core.Scoring;

namespace Okr.Core.Tests.Docs;

// The code shown in docs/guide.md, compiled and run here. DocumentationSnippetTests checks the guide shows it verbatim.
#pragma warning disable SA1402 // several small types in one file: they are documentation snippets
public static class GuideSnippets
{
    public static OkrPlan Model()
    {
        // begin-snippet: model
        var period = Period.Quarter(2026, 2);
        var company = new Objective { Id = "company", Title = "Win the AI coding market", Period = period };
        var team = new Objective
        {
            Id = "rd",
            Title = "Develop a revolutionary AI based Python coding software",
            Period = period,
            Alignment = Alignment.ToObjective("company"),
            Type = ObjectiveType.Aspirational,
            KeyResults =
            [
                new KeyResult
                {
                    Id = "bugs",
                    Title = "Show how AI coding can reduce bugs by 75%",
                    Kind = KeyResultKind.Decrease(start: 400, target: 100),
                    Weight = ContributionWeight.Times(2),
                },
                new KeyResult
                {
                    Id = "benchmark",
                    Title = "Benchmarking program delivered",
                    Kind = new ActivityKind(ActivityMethod.DoneShare),
                    Initiatives =
                    [
                        new Initiative
                        {
                            Id = "build-benchmark",
                            Title = "Build a benchmarking program",
                            WorkItems =
                            [
                                new WorkItem { Id = "research", Title = "Research", State = WorkItemState.Done },
                                new WorkItem { Id = "design", Title = "Design", State = WorkItemState.InProgress, DependsOn = ["research"] },
                            ],
                        },
                    ],
                },
            ],
        };

        var plan = new OkrPlan([company, team]);
        plan = plan.AddCheckIn("bugs", new CheckIn(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero), 250) { Confidence = 0.6m });
        // end-snippet
        return plan;
    }

    public static Scorecard FourAnswers(OkrPlan plan)
    {
        // begin-snippet: four-answers
        var scorecard = OkrScorer.Score(plan, asOf: new DateOnly(2026, 5, 15));
        ItemResult bugs = scorecard["bugs"];
        Progress? progress = bugs.Progress;      // 50%: (250 - 400) / (100 - 400)
        OkrStatus status = bugs.Status;          // OnTrack, Behind, AtRisk, ... from pace
        decimal? confidence = bugs.Confidence;   // 0.6, as given at the check-in
        decimal? score = bugs.Score.Value;       // 0.5, graded Yellow
        Explanation why = scorecard.Explain("rd"); // each child with its weight and share
        // end-snippet
        _ = (progress, status, confidence, score, why);
        return scorecard;
    }

    public static OkrPlan Configure(OkrPlan plan)
    {
        // begin-snippet: configure
        var scoring = ScoringConfiguration.Default with
        {
            KeyResultStatus = PaceStatusStrategy.Ratio(atRiskBelow: 0.75m, onTrackFrom: 0.95m),
            ObjectiveStatus = new WorstChildStatusStrategy(),
            Rollup = new MeanRollup(),
        };
        var perdooLike = plan.WithScoring(scoring with
        {
            DefaultRollup = new RollupSettings { CapChildrenAt = 1m, IncludeInitiatives = false },
        });
        // end-snippet
        return perdooLike;
    }

    public static (StrategyRegistry Registry, Scorecard Scorecard) CustomStrategy(OkrPlan plan)
    {
        // begin-snippet: custom-strategy-register
        var registry = StrategyRegistry.BuiltIn
            .With("confidence-weighted", options => new ConfidenceWeightedProgress(options));

        var strategy = registry.Create<ProgressStrategy>("confidence-weighted", StrategyOptions.Empty.With("floor", 0.5m));
        var scoring = ScoringConfiguration.Default with
        {
            ProgressByKind = ImmutableDictionary<string, ProgressStrategy>.Empty.Add("linear", strategy),
        };
        var scorecard = OkrScorer.Score(plan.WithScoring(scoring), new DateOnly(2026, 5, 15));
        // end-snippet
        return (registry, scorecard);
    }
}

// begin-snippet: custom-strategy
/// <summary>Progress discounted by the owner's confidence: progress * max(confidence, floor).</summary>
public sealed class ConfidenceWeightedProgress : ProgressStrategy
{
    private static readonly StandardProgressStrategy Standard = new();

    public ConfidenceWeightedProgress(StrategyOptions options)
        : base("confidence-weighted", options)
    {
        Floor = options.GetDecimal("floor", 0m);
    }

    public decimal Floor { get; }

    public override ProgressResult Compute(in ProgressArguments arguments)
    {
        var standard = Standard.Compute(arguments);
        if (standard.Progress is not { } progress)
        {
            return standard; // not scored stays not scored
        }

        decimal confidence = Math.Max(arguments.LatestCheckIn?.Confidence ?? 1m, Floor);
        return ProgressResult.Scored(Progress.FromRatio(progress.Ratio * confidence), standard.Value, Name);
    }
}
// end-snippet
#pragma warning restore SA1402
