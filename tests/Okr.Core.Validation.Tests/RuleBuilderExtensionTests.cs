using FluentValidation;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

/// <summary>The single-value rules, on an input model the core has not checked yet.</summary>
public sealed class RuleBuilderExtensionTests
{
    [Fact]
    public void MustBeConfidence_InsideAndOutside_ReportsOnlyOutside()
    {
        Assert.True(new InputValidator().Validate(new Input { Confidence = 0.7m }).IsValid);
        AssertOne(new InputValidator().Validate(new Input { Confidence = 1.2m }).Errors, OkrErrorCodes.ConfidenceOutOfRange, "Confidence", Severity.Error);
    }

    [Fact]
    public void MustBePercentComplete_InsideAndOutside_ReportsOnlyOutside()
    {
        Assert.True(new InputValidator().Validate(new Input { PercentComplete = 100m }).IsValid);
        AssertOne(new InputValidator().Validate(new Input { PercentComplete = -1m }).Errors, OkrErrorCodes.PercentCompleteOutOfRange, "PercentComplete", Severity.Error);
    }

    [Fact]
    public void MustBeNonNegativeWeight_Negative_Reported()
    {
        Assert.True(new InputValidator().Validate(new Input { Weight = 0m }).IsValid);
        AssertOne(new InputValidator().Validate(new Input { Weight = -2m }).Errors, OkrErrorCodes.WeightNegative, "Weight", Severity.Error);
    }

    [Fact]
    public void MustBeOkrId_Blank_Reported() =>
        AssertOne(new InputValidator().Validate(new Input { Id = "  " }).Errors, OkrErrorCodes.IdMissing, "Id", Severity.Error);

    [Fact]
    public void MustBeIsoCurrencyCode_UnknownCode_Reported()
    {
        Assert.True(new InputValidator().Validate(new Input { Currency = "JPY" }).IsValid);
        AssertOne(new InputValidator().Validate(new Input { Currency = "EURO" }).Errors, OkrErrorCodes.CurrencyUnknown, "Currency", Severity.Error);
    }

    [Fact]
    public void MustNotBeInFuture_AfterToday_Reported()
    {
        Assert.True(new InputValidator().Validate(new Input { At = InQuarter }).IsValid);
        AssertOne(new InputValidator().Validate(new Input { At = new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero) }).Errors, OkrErrorCodes.CheckInInFuture, "At", Severity.Error);
    }

    private sealed class Input
    {
        public string? Id { get; init; } = "x";

        public decimal? Confidence { get; init; }

        public decimal? PercentComplete { get; init; }

        public decimal? Weight { get; init; }

        public string? Currency { get; init; }

        public DateTimeOffset At { get; init; } = InQuarter;
    }

    private sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(i => i.Id).MustBeOkrId();
            RuleFor(i => i.Confidence).MustBeConfidence();
            RuleFor(i => i.PercentComplete).MustBePercentComplete();
            RuleFor(i => i.Weight).MustBeNonNegativeWeight();
            RuleFor(i => i.Currency).MustBeIsoCurrencyCode();
            RuleFor(i => i.At).MustNotBeInFuture(Options);
        }
    }
}
