// Lays out the entity_tag built-in gazetteer table; run by generate.py, which compiles this file together with
// the plugin's own NameKey, NameTokenizer, ASCIIWord, ASCIIBlock, NameToken, UTF8Letters, NameFacts, NameTable
// and NameTable+Names sources, so the keys and slot positions written here are exactly those the stage computes.
//
// Usage: TableBuilder LISTS_DIR OUTPUT.bin SAMPLE_KEYS.tsv
//   LISTS_DIR holds the normalised lists generate.py wrote (one entry a line, "name" or "name<TAB>field"),
//   and samples.txt, names whose keys go to SAMPLE_KEYS.tsv.
//   OUTPUT.bin: little-endian header (capacity, count, longest name: UInt32 each), an occupancy bitmap of
//   capacity bits, then for each filled slot in slot order: key UInt64, facts UInt32, population Int32,
//   surname rank Int32, first-name frequency Float32 bits.
//   SAMPLE_KEYS.tsv: "name<TAB>key" for each name in samples.txt, for the test that guards against drift.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write("usage: TableBuilder LISTS_DIR OUTPUT.bin SAMPLE_KEYS.tsv\n".data(using: .utf8)!)
    exit(2)
}
let listsFolder = URL(fileURLWithPath: arguments[1])

var table = NameTable()
var longestName = 1

func lines(_ file: String) -> [Substring] {
    let text = try! String(contentsOf: listsFolder.appendingPathComponent(file), encoding: .utf8)
    return text.split(separator: "\n")
}

/// Adds every line of a list; `field` receives the text after a tab, if any.
func addLines(
    _ file: String, _ facts: NameFacts,
    field: (Substring, inout NameFacts, inout NameTable.Numbers) -> Void = { _, _, _ in }
) {
    for line in lines(file) {
        var name = line
        var value: Substring?
        if let tab = line.firstIndex(of: "\t") {
            name = line[..<tab]
            value = line[line.index(after: tab)...]
        }
        let count = table.add(name, facts) { facts, numbers in
            if let value { field(value, &facts, &numbers) }
        }
        longestName = max(longestName, count)
    }
}

addLines("countries.txt", .country)
addLines("us_states.txt", .usState)
addLines("continents.txt", .continent)
addLines("cities.tsv", .city) { value, _, numbers in
    numbers.population = max(numbers.population, Int32(value) ?? 0)
}
addLines("first_names.tsv", .firstName) { value, _, numbers in numbers.firstNameFrequency = Float(value) ?? 0 }
addLines("surnames.tsv", .surname) { value, _, numbers in numbers.surnameRank = Int32(value) ?? 0 }
addLines("places.txt", .place) { value, facts, _ in
    if value == "country" { facts.insert(.country) }
}
addLines("demonyms.txt", .demonym)
addLines("organisations.txt", .organisation)
addLines("titles.txt", .title)
addLines("common_words.txt", .commonWord)
addLines("connectors.txt", .connector)
addLines("org_heads.txt", .organisationHead) { value, facts, _ in
    if value == "of" || value == "for" { facts.insert(.organisationHeadOf) }
    if value == "pre" { facts.insert(.organisationPrefix) }
}
addLines("place_heads.txt", .placeHead) { value, facts, _ in
    if value == "of" { facts.insert(.placeHeadOf) }
    if value == "pre" { facts.insert(.placePrefix) }
}
addLines("calendar.txt", .calendar)
for line in lines("misc_names.txt") {
    let count =
        line.hasSuffix("\thead") ? table.add(line.dropLast(5), .miscHead) : table.add(line, .miscName)
    longestName = max(longestName, count)
}

var output = Data()
func append<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) }
}
append(UInt32(table.slots.count))
append(UInt32(table.count))
append(UInt32(longestName))
var bitmap = [UInt8](repeating: 0, count: table.slots.count / 8)
for (i, slot) in table.slots.enumerated() where slot != 0 { bitmap[i >> 3] |= 1 << UInt8(i & 7) }
output.append(contentsOf: bitmap)
for (i, slot) in table.slots.enumerated() where slot != 0 {
    let numbers = table.numbers[i]
    append(table.keys[i])
    append(UInt32(truncatingIfNeeded: slot))
    append(numbers.population)
    append(numbers.surnameRank)
    append(numbers.firstNameFrequency.bitPattern)
}
try! output.write(to: URL(fileURLWithPath: arguments[2]))

var samples = ""
for name in lines("samples.txt") {
    samples += "\(name)\t\(NameKey.of(String(name)))\n"
}
try! samples.write(toFile: arguments[3], atomically: true, encoding: .utf8)
print("table: \(table.count) names in \(table.slots.count) slots, longest name \(longestName) tokens")
