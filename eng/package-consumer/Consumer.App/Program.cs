using RulesCore.Settlement.Json;

// `Consumer.App CASE.json`: reads a case file with the packaged JSON reader, decides it through the netstandard2.0
// library, prints the result. `Consumer.App platform DIR`: the same from the national platform's messages in DIR.
if (args[0] == "platform")
{
    byte[] Read(string name) => File.ReadAllBytes(Path.Combine(args[1], name));
    Console.WriteLine(Consumer.Lib.PlatformDesk.Decide(Read("1101-person.json"), Read("2201-encounter.json"), Read("hospital-wuhan.json")));
    return 0;
}

var visit = SettlementJson.ReadCase(File.ReadAllBytes(args[0]), null);
Console.WriteLine(Consumer.Lib.Desk.Decide(visit));
Console.WriteLine("rules in force: " + Consumer.Lib.Desk.RulesInForce());
return 0;
