using Okr.Samples.Cli.Hosting;

return OkrApp.Run(args, CliServices.ForSystem());
