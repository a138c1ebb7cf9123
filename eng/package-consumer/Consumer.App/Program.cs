using RulesCore.Settlement.Json;

// Reads a case file with the packaged JSON reader, decides it through the netstandard2.0 library, prints the result.
var visit = SettlementJson.ReadCase(File.ReadAllBytes(args[0]), null);
Console.WriteLine(Consumer.Lib.Desk.Decide(visit));
Console.WriteLine("rules in force: " + Consumer.Lib.Desk.RulesInForce());
return 0;
