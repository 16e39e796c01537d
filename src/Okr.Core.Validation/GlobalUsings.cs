global using System.Collections.Immutable;
global using System.Globalization;
global using FluentValidation;
global using FluentValidation.Results;
global using Okr.Core.Scoring;
