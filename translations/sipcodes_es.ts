<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Catalog</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2, field &quot;%3&quot;: %4</source>
        <extracomment>A problem in catalog data: %1 file, %2 entry (code), %3 field name, %4 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object with &quot;family&quot; and &quot;entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of &quot;sip&quot;, &quot;q850&quot;, &quot;warning&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>Names an entry by its position when it has no usable code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number in the range of its family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each reference needs an &quot;rfc&quot; number or a &quot;doc&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC %1 has a malformed section &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sender &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every header needs a &quot;name&quot; and a &quot;note&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown retry policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every related code needs a valid &quot;code&quot; and a &quot;note&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears more than once; the first one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a SIP &quot;code&quot; and a Q.850 &quot;cause&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1, which is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps a code that is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two SIP codes with &quot;a&quot; below &quot;b&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compares a code that is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A list row: the registered reason phrase, then its translation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of a list row: %1 class, %2 one-line summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>What a screen reader says for a row: &quot;486 Busy Here, Client error (4xx)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SIP Codes: what a SIP response code, a Q.850 cause or a SIP Warning means, and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the entries for CODES instead of opening the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the entries that match QUERY, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two codes side by side (with --print: print the comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, markdown, json or csv (csv only with --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window and of printed output: en, fr, de, es or ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes to show: 486, q850:17 or warning:399.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[CODES...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose text, markdown, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code; write it as 486, q850:17 or warning:399.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one of --print, --list and --search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare needs exactly two codes, for example: --compare 486 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with --print, --list or --search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list takes no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search needs a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search prints text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--print needs at least one code, for example: --print 486.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--print prints text, markdown or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window shows one code; use --print for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list prints text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sipcodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sipcodes --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sipcodes: catalog problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sipcodes: nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sipcodes: %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Key differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common ground</source>
        <extracomment>Heading: what the two compared codes have in common</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Q.850 cause of the class &quot;%1&quot;</source>
        <extracomment>Used inside &quot;%1 is %2&quot;: %1 is the cause class in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIP Warning code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provisional response (1xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a success response (2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirection (3xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client error (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server error (5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a global failure (6xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both %3.</source>
        <extracomment>%1 and %2 are codes, %3 their shared class (&quot;a client error (4xx)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, while %3 is %4.</source>
        <extracomment>%1 and %3 are codes, %2 and %4 their classes (&quot;a client error (4xx)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line per code in the comparison summary: %1 the code and its name, %2 its one-line summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is provisional: the transaction goes on and a final response will follow. %2 is final and ends the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks only for the location that answered, so other locations may still take the request; %2 speaks for every location, so nobody else should be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks only for the server that answered, so another server may still succeed; %2 speaks for every location, so nobody else should be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is about this request at the location that answered; %2 is about the server that answered, so another server may still succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forking proxy that receives %1 keeps waiting for its other branches; on %2 it cancels every other branch and forwards %2 (RFC 3261 §16.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forking proxy passes %1 upstream and keeps every branch alive; on %2 it cancels every other branch (RFC 3261 §16.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forking proxy passes %1 upstream and keeps every branch alive; %2 ends only its own branch, and the proxy keeps waiting for the others (RFC 3261 §16.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1: %2. After %3: %4.</source>
        <extracomment>%1 and %3 are codes; %2 and %4 retry advice (&quot;Retry later&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may carry Retry-After to say when to try again; %2 does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 typically comes from: %2. %3 typically comes from: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no particular header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers to inspect: %1 for %2; %3 for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway maps %1 to %2 and %3 to %4 (RFC 3398 §8.2.6.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For both %1 and %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both may carry Retry-After to say when to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway maps both to %1 (RFC 3398 §8.2.6.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 when this describes the situation: %2</source>
        <extracomment>%1 a code, %2 its one-line summary (a whole sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits this situation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a trace, %1 usually comes from: %2. Start with this step: %3</source>
        <extracomment>%1 a code, %2 who sends it, %3 the first step of how to fix it (a whole sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <extracomment>Title of a comparison: two codes with their names</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>First code or search, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second code or search, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the detail view (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Q.850 cause %1 %2</source>
        <extracomment>Title of a Q.850 cause entry: %1 is the cause number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning %1 %2</source>
        <extracomment>Title of a SIP Warning code entry: %1 is the warn-code, %2 its warn-text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 cause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional (1xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success (2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection (3xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client error (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global failure (6xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP Warning code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry at the new target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with a changed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another route or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent server (UAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent client (UAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2BUA or SBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSTN gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client itself (a timer fired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>What it means</source>
        <extracomment>Section heading in an entry: the description of the code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you see it</source>
        <extracomment>Section heading: real situations where the code shows up in a trace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry and failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (RFC 3398)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn more</source>
        <extracomment>Section heading: the defining documents, with links</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An entry title followed by the translated reason phrase: %1 title, %2 translation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 cause a gateway sends for this response (RFC 3398 §8.2.6.1)</source>
        <extracomment>Caption over the Q.850 causes a SIP response maps to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP response a gateway sends for this cause (RFC 3398 §7.2.4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed Q.850 cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the title: %1 the class, %2 the standards status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2 instead</source>
        <extracomment>A mapping an implementation uses instead of the RFC&apos;s: %1 implementation, %2 mapping</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About SIP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SIP Codes %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What a SIP response code, a Q.850 cause or a SIP Warning means, who sent it and what to do about it. Offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes, phrases, headers, RFCs… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code (486), a class (4xx), a word (busy), a header (Min-Expires) or an RFC (4028).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SIP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – SIP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <extracomment>Status bar: how many codes the list shows</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the shown code with another one (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2 – SIP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:180-183</name>
    <message>
        <source>A 180 Ringing tells the caller that the callee is being alerted, and when it carries no SDP the caller plays ringback locally. A 183 Session Progress normally carries SDP so that the caller hears early media from the far end, such as a ringback tone, an announcement or an IVR, and gateways often send it when the PSTN provides in-band tones. Either one may be sent reliably with Require: 100rel and an RSeq header and then acknowledged with PRACK (RFC 3262), and a 180 can also carry SDP, in which case many user agents play the remote media instead of local ringback.</source>
        <comment>note</comment>
        <extracomment>Comparison of 180 and 183: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 180 when the device is actually alerting the user and you want the caller to generate its own ringback. Send 183 with SDP when you will supply tones, announcements or other media before the call is answered.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 180 and 183: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller hears nothing after a 180 without SDP, look at local ringback generation on the calling side. If early media is missing after a 183 with SDP, check the SDP connection address, NAT and firewall pinholes and whether the calling user agent plays early media at all.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 180 and 183: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:200-202</name>
    <message>
        <source>A 200 OK means the request succeeded, while a 202 Accepted means the request was accepted but the action it asked for may not be complete yet. In current traces 202 is mostly seen in answer to REFER (RFC 3515), with the progress of the transfer reported afterwards in NOTIFY requests carrying message/sipfrag bodies, and older stacks also send it in answer to SUBSCRIBE. RFC 6665 deprecated the use of 202 for SUBSCRIBE, so modern notifiers answer with 200 and subscribers treat the two alike.</source>
        <comment>note</comment>
        <extracomment>Comparison of 200 and 202: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 200 when the request has been fully processed, including a SUBSCRIBE handled under RFC 6665. Send 202 to REFER, or to any request whose outcome will only be known and reported later.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 200 and 202: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 202 to REFER means the transfer has only started, so follow the NOTIFY requests to see how it really ended. A 200 confirms the request itself, and for a SUBSCRIBE you should then expect an immediate NOTIFY with the current state.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 200 and 202: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:200-204</name>
    <message>
        <source>Both are success responses, but 204 No Notification comes from RFC 5839 conditional event notification and answers a SUBSCRIBE that carried Suppress-If-Match with an entity-tag that matches the current state. After a 200 OK to SUBSCRIBE the notifier sends a NOTIFY with the current state right away, whereas after a 204 that NOTIFY is not sent because the subscriber already holds the state. The entity-tags used in Suppress-If-Match come from the SIP-ETag header of earlier NOTIFY requests.</source>
        <comment>note</comment>
        <extracomment>Comparison of 200 and 204: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 200 to accept a SUBSCRIBE or any other request in the normal way. Send 204 only when you implement RFC 5839, the SUBSCRIBE carries a Suppress-If-Match value equal to the current entity-tag, and you accept the subscription without sending a new NOTIFY.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 200 and 204: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 200 to SUBSCRIBE should be followed by a NOTIFY, so a missing NOTIFY there is a fault worth chasing. A 204 makes the missing NOTIFY expected behaviour, so if the subscriber&apos;s view looks outdated, compare the Suppress-If-Match value with the SIP-ETag of the last NOTIFY.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 200 and 204: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:202-204</name>
    <message>
        <source>A 202 Accepted means a request was taken on for processing that has not finished, and today it appears mostly in answer to REFER, with results arriving later in NOTIFY requests. A 204 No Notification, defined in RFC 5839, answers a SUBSCRIBE whose Suppress-If-Match entity-tag matches the current state and tells the subscriber that no NOTIFY with that state will be sent. A 202 in answer to SUBSCRIBE is legacy behaviour that RFC 6665 deprecated.</source>
        <comment>note</comment>
        <extracomment>Comparison of 202 and 204: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 202 to REFER or to other requests whose outcome will be reported later. Send 204 to a conditional SUBSCRIBE when the subscriber&apos;s entity-tag is current and no NOTIFY is needed.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 202 and 204: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a 202, expect NOTIFY traffic reporting progress and read it for the final outcome. After a 204, expect no NOTIFY for that state, and check the entity-tags if the subscriber&apos;s view turns out to be wrong.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 202 and 204: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:301-302</name>
    <message>
        <source>Both are redirects that list one or more new targets in Contact, and the client normally acknowledges the 3xx and sends a new INVITE to a Contact URI. A 301 Moved Permanently says the old address is no longer valid and stored entries should be updated, while a 302 Moved Temporarily is the usual answer from redirect servers and call-forwarding features, with its validity limited by an Expires header or an expires parameter on the Contact. A proxy may act on either redirect itself instead of passing it upstream, so the 3xx may never be visible on the caller&apos;s leg.</source>
        <comment>note</comment>
        <extracomment>Comparison of 301 and 302: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 301 when the user has moved for good and the old address should be replaced. Send 302 for temporary forwarding or routing decisions, such as call forwarding or a redirect server choosing a route.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 301 and 302: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For either code, check the Contact URIs and whether the UAC or an upstream proxy actually followed them. A 301 can explain why a client permanently changed the address it uses, while repeated 302 responses bouncing between targets point to a forwarding loop or misconfigured forwarding rules.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 301 and 302: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:401-403</name>
    <message>
        <source>A 401 Unauthorized is a challenge that carries WWW-Authenticate with a realm and nonce, and the client is expected to resend the request with an Authorization header and a higher CSeq. A 403 Forbidden carries no challenge and says the server understood the request but will not carry it out, and that sending credentials will not change the outcome. In practice a 403 often follows a request that already carried Authorization, which suggests wrong credentials or a policy block, while a 401 with stale=true only means the nonce expired and a fresh attempt should succeed.</source>
        <comment>note</comment>
        <extracomment>Comparison of 401 and 403: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 401 from a registrar or UAS when the request lacks valid credentials and a digest retry could succeed. Send 403 when the requester is identified but not allowed to do this, such as a barred destination, a source address outside the allowed list or an account that failed authentication, so that the client stops retrying.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 401 and 403: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 401 is normal on the first REGISTER or INVITE, so check that a retry with Authorization follows and is accepted. After a 403, check the username, password and realm, any IP access lists and the calling permissions of the account on the element that sent it.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 401 and 403: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:401-407</name>
    <message>
        <source>Both are digest authentication challenges, but a 401 Unauthorized carries WWW-Authenticate and comes from the registrar or the user agent the request is addressed to, while a 407 Proxy Authentication Required carries Proxy-Authenticate and comes from a proxy or SBC on the path. The client answers a 401 with an Authorization header and a 407 with Proxy-Authorization, resending the request with the same Call-ID and an incremented CSeq. When the challenged request is an INVITE, the challenge is a final response, so an ACK for it appears before the new authenticated INVITE.</source>
        <comment>note</comment>
        <extracomment>Comparison of 401 and 407: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 401 when you are the registrar or the user agent that the request is addressed to. Send 407 when you are a proxy or SBC authenticating traffic that passes through you toward another destination.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 401 and 407: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the retried request uses the header type that matches the challenge and echoes the realm and nonce it was given. Repeated 401 or 407 responses to requests that already carry credentials usually point to a wrong password, a wrong username or realm, or a nonce that the server no longer accepts.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 401 and 407: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:403-407</name>
    <message>
        <source>A 407 Proxy Authentication Required invites a retry: it carries Proxy-Authenticate and the client should resend the request with Proxy-Authorization. A 403 Forbidden carries no challenge and means the proxy or server has decided to refuse the request whatever credentials are offered. When a 403 follows a request that already contained Proxy-Authorization, the proxy typically rejected the credentials or the account lacks permission for that destination.</source>
        <comment>note</comment>
        <extracomment>Comparison of 403 and 407: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 407 from a proxy or SBC when the request lacks proxy credentials and authenticating could let it through. Send 403 when the sender is identified but policy forbids the request, or when authentication keeps failing.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 403 and 407: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 407 is expected on the first INVITE through an authenticating proxy, so check that the UAC acknowledges it and retries with Proxy-Authorization. After a 403, check the account password and realm, IP access lists and dialing permissions on the element that sent it.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 403 and 407: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:403-603</name>
    <message>
        <source>A 403 Forbidden is a 4xx decision by a server, usually about policy or authorization such as a barred destination, and a forking proxy keeps its other branches running after it. A 603 Decline is a 6xx sent by or on behalf of the called user to refuse the call, it causes a forking proxy to cancel all other branches, and it may carry Retry-After. Gateways often map both to Q.850 cause 21 (call rejected), so rely on the response code and the element that sent it rather than the cause to tell them apart.</source>
        <comment>note</comment>
        <extracomment>Comparison of 403 and 603: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 403 when your policy or authorization rules forbid the request and credentials would not help. Send 603 when the called user, or a screening service acting for that user, refuses the call for all locations.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 403 and 603: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 points at permissions, access lists, account class or fraud rules on the element that sent it. A 603 points at the callee&apos;s own choice or call-blocking configuration, and it explains any CANCELs sent to other forks.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 403 and 603: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:404-408</name>
    <message>
        <source>A 404 Not Found is a real response from an element that looked up the Request-URI and found nothing, so it arrives promptly and its Server or User-Agent header usually identifies the sender. A 408 Request Timeout often never crossed the wire at all, because the client transaction generates it locally when Timer B (INVITE) or Timer F (non-INVITE) expires after 64 times T1, which is 32 seconds with default timers, following a series of unanswered retransmissions. A proxy can also return 408 upstream when its Timer C runs out on a branch, and in that case a CANCEL goes downstream at about the same moment.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 408: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 404 when you are authoritative for the domain and the user or number does not exist. Generate 408 only when no final response could be obtained in time, such as when a transaction timer fires or a lookup for the target cannot finish.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 408: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 is a clean routing or provisioning answer, so check the dialed number and the routing data of the sender. A 408 usually means silence from the next hop, so look for unanswered retransmissions and then check reachability, DNS results, firewalls, NAT and the transport used toward that hop.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 408: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:404-480</name>
    <message>
        <source>A 404 Not Found says the user or number does not exist in the domain served by the responding element, and it usually comes back quickly from a registrar, proxy or gateway without any device being alerted. A 480 Temporarily Unavailable says the user is known but cannot be reached right now, for example because there is no current registration or do-not-disturb is active, and it may carry Retry-After. Gateways typically tie 404 to Q.850 cause 1 (unallocated number) and 480 to causes such as 19 (no answer) or 20 (subscriber absent).</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 480: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 404 when the Request-URI matches no user or number that you are responsible for. Send 480 when the user is provisioned but currently has no usable binding or has asked not to be disturbed.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 480: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 means you should check the dialed string, digit manipulation and the provisioning or routing table of the element that sent it. A 480 means the user exists, so check the registration state, registration expiry and NAT keepalive of the target device.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 480: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:404-484</name>
    <message>
        <source>A 484 Address Incomplete says the Request-URI looks like the beginning of a valid number but has too few digits, and it is the typical answer during overlap dialing, where a gateway sends successive INVITEs with more digits each time until one can be routed. A 404 Not Found says the complete address does not exist in the domain, so adding digits is not expected to help. Gateways map Q.850 cause 28 (invalid number format) to 484 and cause 1 (unallocated number) to 404.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 484: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 484 when the digits received so far match the start of a longer dial-plan entry and more digits could complete it. Send 404 when the dialed string is complete or cannot match any entry.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 484: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 484 points to digit collection, so check the dial plan, inter-digit timers and whether the caller sends digits in overlap or en bloc mode. A 404 points to an unknown or unrouted number, so check the dialed string and the digit manipulation along the path.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 484: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:404-503</name>
    <message>
        <source>A 404 Not Found is a definitive statement about the requested user or number, while a 503 Service Unavailable is a statement about the responding server, which is overloaded, in maintenance or temporarily unable to serve. A 503 may carry Retry-After and makes an RFC 3263 client try the next DNS SRV or address target, whereas a 404 does not trigger that failover. Gateways commonly map Q.850 cause 1 to 404 and causes such as 34, 38, 41 or 42 to 503.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 503: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 404 when the target does not exist in your domain. Send 503 when you cannot process the request for a temporary reason of your own, such as overload, maintenance or exhausted outbound capacity, ideally with Retry-After.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 503: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 points to the dial plan or user database, so check the number and the matching routing entry. A 503 points to the health of a server or trunk, so check whether failover to another target happened, the Retry-After value and the load or trunk status of the sender.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 503: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:404-604</name>
    <message>
        <source>A 404 Not Found says the user is not known at the domain or server that answered, while a 604 Does Not Exist Anywhere is an authoritative claim that the user does not exist at all. Because 604 is a 6xx, a forking proxy that receives it cancels its other branches, whereas a 404 on one branch lets the others continue. Gateways usually associate both with Q.850 cause 1 (unallocated number), so the response code and the sending element tell you more than the cause value.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 604: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 404 when the user is unknown to you even though another server or branch might know it. Send 604 only when you are authoritative for the user, such as a central directory or number database, and can state that the user does not exist anywhere.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 604: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a 404, check the dial plan and user data of the sending element and whether other branches were tried. A 604 explains why all forks were cancelled, so verify the authoritative directory or number database that issued it.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 604: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:408-480</name>
    <message>
        <source>A 408 Request Timeout usually means nothing useful came back: either the local transaction generated it when Timer B or Timer F fired, or a proxy produced it when its Timer C expired on a branch. A 480 Temporarily Unavailable is an actual response from a reachable element, typically a proxy or registrar with no current binding for the user or a device in do-not-disturb, and it may include Retry-After. In a capture, a locally generated 408 is preceded by retransmissions that got no reply and is never seen arriving from the next hop, while a 480 arrives as an ordinary response from the element that answered.</source>
        <comment>note</comment>
        <extracomment>Comparison of 408 and 480: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate 408 only when a timeout is the real cause, such as an expired transaction timer or a target lookup that did not complete. Send 480 when you know the user but cannot deliver the call right now, for example because there are no registered contacts or do-not-disturb is active.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 408 and 480: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 means you should check transport reachability, retransmission behaviour and timer settings toward the next hop. A 480 means the signalling path worked, so check the registration state, registration expiry, NAT bindings and do-not-disturb status of the called user.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 408 and 480: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:408-503</name>
    <message>
        <source>A 503 Service Unavailable is an explicit response from a server that is alive but refusing work because of overload or maintenance, often with Retry-After. A 408 Request Timeout usually reflects silence, because the client transaction generated it after Timer B or Timer F expired, so the capture shows the request being retransmitted with no response from the next hop. Both conditions make an RFC 3263 client try the next DNS SRV target, but only a 503 proves that the server was reachable.</source>
        <comment>note</comment>
        <extracomment>Comparison of 408 and 503: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 503 when you are reachable but temporarily unable to serve the request, ideally with Retry-After. Reserve 408 for genuine timeouts, such as an expired transaction timer or a target lookup that could not complete in time.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 408 and 503: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 points to network reachability, firewalls, DNS results or a dead next hop. A 503 points to capacity or maintenance on the responding server, so check its load, the Retry-After value and whether traffic moved to another SRV target.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 408 and 503: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:415-488</name>
    <message>
        <source>A 415 Unsupported Media Type rejects the body format named in Content-Type, Content-Encoding or Content-Language, and the response should list what the server accepts in Accept, Accept-Encoding or Accept-Language. A 488 Not Acceptable Here means the body, typically SDP, was understood but the offered session, such as codecs, transport or bandwidth, cannot be used at this location, and it often carries a Warning such as 305 Incompatible media format or 304 Media type not available. Both are 4xx answers, so a forking proxy keeps other branches running after either of them.</source>
        <comment>note</comment>
        <extracomment>Comparison of 415 and 488: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 415 when you cannot handle the body type at all, for example a multipart or non-SDP body that you do not support. Send 488 when the SDP parses correctly but no offered codec, crypto profile, transport or bandwidth combination is acceptable here.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 415 and 488: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a 415, compare the Content-Type of the request with the Accept header in the response. With a 488, compare the media lines, codecs, crypto and transport profiles in the offer with the capabilities of the rejecting side and read the Warning header.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 415 and 488: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:415-606</name>
    <message>
        <source>A 415 Unsupported Media Type concerns the body format itself, as named in Content-Type or Content-Encoding, and should come with Accept headers listing the supported formats. A 606 Not Acceptable means the body, typically SDP, was understood but the proposed session cannot be accepted anywhere, often with a Warning header giving the reason. A 415 is a 4xx, so a forking proxy continues other branches, while a 606 makes it cancel them.</source>
        <comment>note</comment>
        <extracomment>Comparison of 415 and 606: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 415 when you do not understand the body type of the request at all. Send 606 when you understand the SDP but its media parameters are unacceptable and you know that no other location of the user would accept them either.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 415 and 606: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 points to body type negotiation, so compare the Content-Type of the request with the Accept header of the response. A 606 points to a global media policy, so read the Warning code and compare the SDP offer with what the rejecting side allows.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 415 and 606: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:422-423</name>
    <message>
        <source>A 422 Session Interval Too Small answers an INVITE or UPDATE whose Session-Expires value is below what the server will accept, and it carries a Min-SE header with the smallest acceptable interval (RFC 4028 session timers). A 423 Interval Too Brief answers a REGISTER, SUBSCRIBE or PUBLISH whose requested expiry is too short, and it carries a Min-Expires header. In both cases the trace should show the client retrying promptly with a value at least as large as the one indicated.</source>
        <comment>note</comment>
        <extracomment>Comparison of 422 and 423: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 422 with Min-SE when the session refresh interval requested in an INVITE or UPDATE is below your minimum. Send 423 with Min-Expires when a registration, subscription or publication asks for an expiry shorter than you allow.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 422 and 423: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 422 points at session timer settings, so compare Session-Expires and Min-SE on both sides and confirm that the retried request honours them. A 423 points at registration or subscription timers, so check the Expires setting of the user agent and whether it retried with the Min-Expires value.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 422 and 423: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:480-486</name>
    <message>
        <source>A 480 Temporarily Unavailable says the user cannot be reached right now, and it is often sent by a proxy or registrar with no current binding, by a device in do-not-disturb, or by some PBXs when a no-answer timer expires. A 486 Busy Here comes from the endpoint itself and says it is already occupied, usually mapped to Q.850 cause 17, while 480 is commonly associated with causes such as 19 or 20. Both are 4xx, so a forking proxy keeps trying other branches after either one, and both may carry Retry-After.</source>
        <comment>note</comment>
        <extracomment>Comparison of 480 and 486: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 480 when the user cannot be reached for reasons other than being on a call, such as no registration or do-not-disturb. Send 486 when the endpoint is busy with other calls and cannot accept one more.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 480 and 486: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 leads you to check registration, NAT keepalive and the do-not-disturb or no-answer settings of the callee. A 486 leads you to check the callee&apos;s active calls, line or call-waiting limits and any forward-on-busy rules.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 480 and 486: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:480-503</name>
    <message>
        <source>A 480 Temporarily Unavailable is about the called user, who is known but not reachable at the moment, while a 503 Service Unavailable is about the responding server itself being overloaded, in maintenance or out of resources. Both may carry Retry-After, but only 503 makes an RFC 3263 client move on to the next DNS SRV target, and a proxy that received nothing but 503 on its branches is expected to send 500 upstream instead of forwarding the 503. A 480 usually comes from a proxy or registrar that found no binding or from the endpoint itself.</source>
        <comment>note</comment>
        <extracomment>Comparison of 480 and 503: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 480 when the user exists but has no usable contact or has asked not to be disturbed. Send 503 when your own element cannot accept the request at the moment, and add Retry-After so that clients know when to come back.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 480 and 503: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 sends you to the callee&apos;s registration, presence or do-not-disturb state. A 503 sends you to the load, maintenance state or trunk capacity of the server that sent it, and you should also check whether the client failed over to an alternate target.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 480 and 503: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:481-487</name>
    <message>
        <source>A 487 Request Terminated is the final response to the original INVITE after a CANCEL took effect, so the capture shows the CANCEL answered with 200 OK, then the INVITE answered with 487, then an ACK for the 487. A 481 Call/Transaction Does Not Exist answers a request that matches no dialog or transaction at the receiver, such as a CANCEL that arrives after the UAS has discarded the INVITE transaction or a BYE, re-INVITE or NOTIFY for a dialog the far end has forgotten. The CSeq method of the response shows which request failed: a 487 is always paired with the INVITE, while a 481 carries the method of the unmatched request.</source>
        <comment>note</comment>
        <extracomment>Comparison of 481 and 487: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 487 to a pending INVITE once you have accepted a matching CANCEL and answered that CANCEL with 200 OK. Send 481 when an in-dialog request or a CANCEL matches no dialog or transaction that you hold.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 481 and 487: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 487 is usually the normal trace of a caller hanging up before answer or of a forking proxy cancelling the losing branches. A 481 suggests lost or mismatched state, so check for restarts, tags or Call-ID altered by a B2BUA or SBC, and requests routed to a different node of a cluster than the one holding the dialog.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 481 and 487: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:486-600</name>
    <message>
        <source>Both normally come from the called side in answer to an INVITE, both may carry Retry-After, and a gateway usually tags either one with Reason: Q.850;cause=17 (user busy). The difference shows at a forking proxy: a 486 Busy Here closes only the branch that returned it while the other branches keep ringing, whereas 600 Busy Everywhere is a 6xx, so the proxy sends CANCEL to every other pending branch and passes the 600 upstream. Seeing those CANCELs right after the final response is the quickest way to confirm the global effect.</source>
        <comment>note</comment>
        <extracomment>Comparison of 486 and 600: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 486 Busy Here when this particular device or line cannot take another call although the user may be reachable on other devices. Send 600 Busy Everywhere only when you know that none of the user&apos;s other devices or locations could accept the call, for example from a central call-control or presence server that tracks all of them.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 486 and 600: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 486 says one endpoint was busy, so check whether other forks were tried and how they ended. A 600 says the call was stopped for every location, so find the element that generated it and verify that its view of the user&apos;s other devices was correct.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 486 and 600: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:486-603</name>
    <message>
        <source>Both are final responses to INVITE from the callee side, but 486 Busy Here means the endpoint is occupied while 603 Decline means the user or a policy acting for the user refused the call, and gateways typically mark them with Q.850 cause 17 and cause 21 respectively. Because 603 is a 6xx, a forking proxy cancels all other branches when it arrives, whereas after a 486 the remaining branches keep ringing. Either one may include Retry-After to suggest a better time to call.</source>
        <comment>note</comment>
        <extracomment>Comparison of 486 and 603: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 486 when the device has no free line or call appearance for another call. Send 603 when the user explicitly rejects the call or a screening rule decides the call must not be completed at any location.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 486 and 603: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 486 points to a busy endpoint, so check call-waiting settings, line limits and whether other forks were attempted. A 603 means the call was deliberately refused and the other forks were cancelled, so check the user&apos;s reject action and any call screening or blocking rules, keeping in mind that phone vendors differ in which code their reject button sends.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 486 and 603: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:488-606</name>
    <message>
        <source>Both reject the session description, usually SDP in an INVITE or re-INVITE, and both commonly carry a Warning header such as 305 Incompatible media format or 370 Insufficient bandwidth. A 488 Not Acceptable Here applies only to the location that sent it, so a forking proxy keeps other branches alive, whereas 606 Not Acceptable is a 6xx and makes the proxy cancel all pending branches. When either one answers a re-INVITE, the existing session stays as it was before the attempt.</source>
        <comment>note</comment>
        <extracomment>Comparison of 488 and 606: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 488 when this endpoint cannot support the offered media but another device of the same user might. Send 606 only when you know that the offered session cannot be accepted at any location of this user.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 488 and 606: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 tells you to compare codecs, crypto and transport between the offer and the rejecting endpoint, and to check whether other forks succeeded. A 606 explains sudden CANCELs on parallel branches, so locate the element that issued it and verify that its media policy is really meant to apply globally.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 488 and 606: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:491-500</name>
    <message>
        <source>A 491 Request Pending answers a re-INVITE or UPDATE that collides with one the receiver has itself sent on the same dialog and not yet completed, which is the classic glare case. A 500 Server Internal Error with Retry-After is what RFC 3261 requires when a UAS receives a second INVITE on a dialog before it has sent a final response to an earlier INVITE with a lower CSeq. After a 491 the UAC waits a random time before retrying, between 2100 and 4000 ms if it generated the Call-ID and up to 2000 ms otherwise (RFC 3261 section 14.1), while after a 500 it follows the Retry-After value.</source>
        <comment>note</comment>
        <extracomment>Comparison of 491 and 500: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 491 when a re-INVITE or UPDATE arrives while your own offer on the same dialog is still outstanding. Send 500 with a random Retry-After of up to 10 seconds when a new INVITE arrives on a dialog before you have answered the previous INVITE.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 491 and 500: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 491 shows that both sides tried to modify the session at the same time, for example simultaneous hold or codec changes, so check that each side backed off and that one retry then succeeded. A 500 to a re-INVITE that comes with Retry-After suggests overlapping INVITEs from one side, so check the re-INVITE timing of the sender and whether it honours Retry-After.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 491 and 500: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:500-503</name>
    <message>
        <source>A 500 Server Internal Error reports an unexpected failure inside the responding element, while a 503 Service Unavailable reports a temporary inability to serve, such as overload or maintenance, and may include Retry-After. A 503 makes an RFC 3263 client fail over to the next DNS SRV target, and RFC 3261 tells a client to handle a 503 without Retry-After as if it were a 500. A proxy that received only 503 responses downstream is expected to send 500 upstream rather than forward the 503, so a 500 in the trace may hide a downstream 503.</source>
        <comment>note</comment>
        <extracomment>Comparison of 500 and 503: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 500 for internal errors such as exceptions or failed lookups in your own logic, optionally with Retry-After if the condition is transient. Send 503 with Retry-After when you are deliberately shedding load or are out of service, so that clients move to other servers.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 500 and 503: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 500 calls for the sender&apos;s logs and for checking whether a downstream 503 was converted on the way. A 503 calls for checking load, maintenance, license or trunk limits on the sender and whether clients failed over correctly.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 500 and 503: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare:600-603</name>
    <message>
        <source>Both are 6xx global failures, so a forking proxy that receives either one cancels its other pending branches and forwards the 6xx upstream, and both may carry Retry-After. A 600 Busy Everywhere says the user is occupied and is usually mapped to Q.850 cause 17 at a gateway, whereas 603 Decline says the user does not want the call and maps to cause 21. Reject buttons and call-screening services usually produce 603, so 600 is the rarer of the two in real traces.</source>
        <comment>note</comment>
        <extracomment>Comparison of 600 and 603: note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 600 when the user is known to be busy on every device and trying elsewhere is pointless. Send 603 when the user, or a policy acting for the user, refuses the call regardless of availability.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 600 and 603: implementer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either code explains why parallel forks suddenly received CANCEL, so first identify which branch returned the 6xx. A 600 leads you to presence or busy-state logic, while a 603 leads you to the user&apos;s reject action, do-not-disturb handling or call-blocking configuration.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 600 and 603: troubleshooter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>Applies only when the gateway cannot answer the challenge itself; a gateway that holds credentials should resend the INVITE with them and continue the call instead of releasing it.</source>
        <comment>sip 401 to cause 21</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Se aplica solo cuando el gateway no puede responder al desafío por sí mismo; un gateway que dispone de credenciales debe reenviar el INVITE con ellas y continuar la llamada en lugar de liberarla.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 406 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>Applies only when the gateway cannot answer the challenge itself; a gateway that holds credentials should resend the INVITE with them and continue the call instead of releasing it.</source>
        <comment>sip 407 to cause 21</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Se aplica solo cuando el gateway no puede responder al desafío por sí mismo; un gateway que dispone de credenciales debe reenviar el INVITE con ellas y continuar la llamada en lugar de liberarla.</translation>
    </message>
    <message>
        <source>The RFC uses the variant of cause 22 without a diagnostic.</source>
        <comment>sip 410 to cause 22</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC utiliza la variante de la causa 22 sin diagnóstico.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 413 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 414 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 415 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 416 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 420 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 421 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 423 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 484 to cause 28</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC gives no cause for 487; the gateway normally only receives it after cancelling the INVITE itself.</source>
        <comment>sip 487 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC no asigna ninguna causa a 487; normalmente el gateway solo lo recibe después de haber cancelado él mismo el INVITE.</translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 488 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>No hay una causa fija: la RFC la elige a partir de la cabecera Warning, y recomienda 31 por defecto para la mayoría de los warn-codes y 65 cuando el aviso indica una capacidad portadora no disponible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 505 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 513 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC prefiere que el gateway corrija la solicitud rechazada y vuelva a originar la sesión; solo libera el lado ISUP con esta causa cuando eso no es posible.</translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 606 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>No hay una causa fija: la RFC la elige a partir de la cabecera Warning, y recomienda 31 por defecto para la mayoría de los warn-codes y 65 cuando el aviso indica una capacidad portadora no disponible.</translation>
    </message>
    <message>
        <source>No error response is defined: the gateway normally turns this cause into a BYE, or a CANCEL if the call was not yet answered.</source>
        <comment>cause 16 to sip none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>No se define ninguna respuesta de error: normalmente el gateway convierte esta causa en un BYE, o en un CANCEL si la llamada aún no se había contestado.</translation>
    </message>
    <message>
        <source>When the cause location says the user rejected the call, the RFC allows 603 Decline to be sent instead of 403.</source>
        <comment>cause 21 to sip 403</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Cuando la ubicación (location) de la causa indica que fue el usuario quien rechazó la llamada, la RFC permite enviar 603 Decline en lugar de 403.</translation>
    </message>
    <message>
        <source>This row is for a REL without a diagnostic giving the new number.</source>
        <comment>cause 22 to sip 410</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Esta fila corresponde a un REL sin diagnóstico que indique el nuevo número.</translation>
    </message>
    <message>
        <source>This row is for a REL whose diagnostic holds the new number; that number becomes the Contact of the 301.</source>
        <comment>cause 22 to sip 301</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Esta fila corresponde a un REL cuyo diagnóstico contiene el nuevo número; ese número pasa a ser el Contact del 301.</translation>
    </message>
    <message>
        <source>The RFC marks this row as following an ANSI procedure.</source>
        <comment>cause 26 to sip 404</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La RFC indica que esta fila sigue un procedimiento ANSI.</translation>
    </message>
    <message>
        <source>The published table prints this row as &quot;510 Not implemented&quot;; 510 is not a registered SIP status code, so 501 Not Implemented is the intended response and is what implementations such as Asterisk and OPAL use.</source>
        <comment>cause 29 to sip 501</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>La tabla publicada imprime esta fila como &quot;510 Not implemented&quot;; 510 no es un código de estado SIP registrado, por lo que la respuesta prevista es 501 Not Implemented, que es la que usan implementaciones como Asterisk y OPAL.</translation>
    </message>
    <message>
        <source>FreeSWITCH (hangup_cause_to_sip in mod_sofia) answers CALL_REJECTED with 603 Decline whatever the cause location, a deviation from RFC 3398, which gives 403 and allows 603 only for a user location.</source>
        <comment>FreeSWITCH cause 21 to sip 603</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>FreeSWITCH (hangup_cause_to_sip en mod_sofia) responde a CALL_REJECTED con 603 Decline sea cual sea la ubicación de la causa, lo que se aparta de la RFC 3398, que indica 403 y solo admite 603 cuando la ubicación es el usuario.</translation>
    </message>
    <message>
        <source>Current FreeSWITCH releases map INCOMPATIBLE_DESTINATION to 488 Not Acceptable Here, grouped with bearer capability not implemented, a deviation from the 503 in RFC 3398.</source>
        <comment>FreeSWITCH cause 88 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Las versiones actuales de FreeSWITCH asignan INCOMPATIBLE_DESTINATION a 488 Not Acceptable Here, agrupada con la capacidad portadora no implementada, lo que se aparta del 503 que indica la RFC 3398.</translation>
    </message>
    <message>
        <source>FreeSWITCH has no explicit case for INTERWORKING, so it falls through to the default 480 Temporarily Unavailable, a deviation from the 500 in RFC 3398; other unlisted causes such as 111 get 480 the same way.</source>
        <comment>FreeSWITCH cause 127 to sip 480</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>FreeSWITCH no tiene un caso explícito para INTERWORKING, por lo que cae en el valor por defecto 480 Temporarily Unavailable, lo que se aparta del 500 de la RFC 3398; otras causas no contempladas, como la 111, reciben 480 de la misma forma.</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip sends 488 Not Acceptable Here for BEARERCAPABILITY_NOTAVAIL, which it uses when no common codec exists, a deviation from the 503 in RFC 3398.</source>
        <comment>Asterisk cause 58 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk chan_pjsip envía 488 Not Acceptable Here para BEARERCAPABILITY_NOTAVAIL, que utiliza cuando no existe ningún códec en común, lo que se aparta del 503 que indica la RFC 3398.</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip turns a received 503 into AST_CAUSE_CONGESTION (34), a deviation from RFC 3398, which maps 503 to cause 41.</source>
        <comment>Asterisk sip 503 to cause 34</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk chan_pjsip convierte un 503 recibido en AST_CAUSE_CONGESTION (34), lo que se aparta de la RFC 3398, que asigna 503 a la causa 41.</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip maps a received 488 (and 606) to BEARERCAPABILITY_NOTAVAIL (58) without looking at the Warning header, a deviation from RFC 3398, which derives the cause from the Warning (31 by default, 65 for bearer problems).</source>
        <comment>Asterisk sip 488 to cause 58</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk chan_pjsip asigna un 488 recibido (y un 606) a BEARERCAPABILITY_NOTAVAIL (58) sin examinar la cabecera Warning, lo que se aparta de la RFC 3398, que deduce la causa a partir del Warning (31 por defecto, 65 para problemas de portadora).</translation>
    </message>
</context>
<context>
    <name>q850:1</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Número no asignado</translation>
    </message>
    <message>
        <source>The dialled number is well formed but is not assigned to any subscriber.</source>
        <comment>summary</comment>
        <translation>El número marcado tiene un formato correcto, pero no está asignado a ningún abonado.</translation>
    </message>
    <message>
        <source>The called number passes format checks but no line or service is assigned to it in the terminating network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>El número llamado supera las comprobaciones de formato, pero en la red de destino no tiene asignada ninguna línea ni servicio. La RFC 3398 la traduce como 404 Not Found.</translation>
    </message>
    <message>
        <source>A carrier answers the INVITE with 404 and Reason: Q.850;cause=1 when the DID has been disconnected or the dial plan built a wrong but valid-looking number.</source>
        <comment>seenWhen</comment>
        <translation>Un operador responde al INVITE con 404 y Reason: Q.850;cause=1 cuando el DID se ha dado de baja o el plan de marcación ha construido un número erróneo pero de apariencia válida.</translation>
    </message>
    <message>
        <source>The terminating exchange or a carrier SBC that finds no assignment for the number; PBXs also use it when an extension does not exist.</source>
        <comment>sentBy</comment>
        <translation>La central de destino o un SBC del operador que no encuentra ninguna asignación para el número; las PBX también la usan cuando una extensión no existe.</translation>
    </message>
    <message>
        <source>Retrying the same number will fail the same way. Only retry after correcting the digits or the number translation.</source>
        <comment>retryNote</comment>
        <translation>Reintentar el mismo número fallará de la misma manera. Reintente solo después de corregir los dígitos o la traducción del número.</translation>
    </message>
    <message>
        <source>Check the Request-URI user part against the number actually dialled, including country code and E.164 normalisation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare la parte de usuario de la Request-URI con el número realmente marcado, incluidos el código de país y la normalización E.164.</translation>
    </message>
    <message>
        <source>Dial the same number from a mobile or another carrier to see whether it is really unassigned.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Marque el mismo número desde un móvil o desde otro operador para comprobar si realmente no está asignado.</translation>
    </message>
    <message>
        <source>If the number should exist, open a ticket with the terminating carrier with the Call-ID and timestamp.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el número debería existir, abra una incidencia con el operador de destino indicando el Call-ID y la marca de tiempo.</translation>
    </message>
    <message>
        <source>Carries cause=1; the location field shows which network decided the number is unassigned.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=1; el campo de ubicación (location) muestra qué red determinó que el número no está asignado.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 3 means the number may exist but this network cannot route to it.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>La causa 3 significa que el número puede existir, pero esta red no tiene ruta hacia él.</translation>
    </message>
    <message>
        <source>Cause 22 says the number existed but has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>La causa 22 indica que el número existía, pero ha cambiado.</translation>
    </message>
</context>
<context>
    <name>q850:100</name>
    <message>
        <source>Invalid information element contents</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Contenido de elemento de información no válido</translation>
    </message>
    <message>
        <source>An information element was recognised but its contents are coded wrongly.</source>
        <comment>summary</comment>
        <translation>Se reconoció un elemento de información, pero su contenido está codificado incorrectamente.</translation>
    </message>
    <message>
        <source>The equipment implements the information element, but one or more fields are coded in a way it does not implement. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo implementa el elemento de información, pero uno o varios campos están codificados de una forma que no implementa. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen when a calling or called number from SIP contains characters or a numbering plan the PSTN side cannot encode, for example a plus sign or letters in the digits.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un número llamante o llamado procedente de SIP contiene caracteres o un plan de numeración que el lado PSTN no puede codificar, por ejemplo un signo más o letras entre los dígitos.</translation>
    </message>
    <message>
        <source>Gateways and exchanges validating element contents.</source>
        <comment>sentBy</comment>
        <translation>Gateways y centrales que validan el contenido de los elementos.</translation>
    </message>
    <message>
        <source>Retry after correcting the offending field.</source>
        <comment>retryNote</comment>
        <translation>Reintente tras corregir el campo erróneo.</translation>
    </message>
    <message>
        <source>Check the digits in From, P-Asserted-Identity and the Request-URI for non-numeric characters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si los dígitos de From, P-Asserted-Identity y la Request-URI contienen caracteres no numéricos.</translation>
    </message>
    <message>
        <source>Set the type of number and numbering plan correctly on the gateway.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Configure correctamente en el gateway el tipo de número y el plan de numeración.</translation>
    </message>
    <message>
        <source>Retry with clean digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reintente con dígitos limpios.</translation>
    </message>
    <message>
        <source>Carries cause=100; the diagnostic may name the element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=100; el diagnóstico puede indicar el elemento.</translation>
    </message>
    <message>
        <source>Cause 96 means the element is missing.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation>La causa 96 significa que falta el elemento.</translation>
    </message>
    <message>
        <source>Cause 99 means the element is unknown.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>La causa 99 significa que el elemento es desconocido.</translation>
    </message>
    <message>
        <source>Cause 28 is the specific called number format error.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>La causa 28 es el error específico de formato del número llamado.</translation>
    </message>
</context>
<context>
    <name>q850:101</name>
    <message>
        <source>Message not compatible with call state</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mensaje no compatible con el estado de la llamada</translation>
    </message>
    <message>
        <source>A message arrived that is not allowed in the current call state.</source>
        <comment>summary</comment>
        <translation>Llegó un mensaje que no está permitido en el estado actual de la llamada.</translation>
    </message>
    <message>
        <source>The equipment received a message that its procedures do not permit in the current call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo recibió un mensaje que sus procedimientos no permiten en el estado actual de la llamada. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen from PRI or ISUP gateways after signalling races, such as a release crossing a connect, relayed in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en gateways PRI o ISUP tras condiciones de carrera en la señalización, como una liberación que se cruza con una conexión, y se transmite en una cabecera Reason.</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN o ISUP.</translation>
    </message>
    <message>
        <source>A new attempt may succeed; the fault is in the state of one call.</source>
        <comment>retryNote</comment>
        <translation>Un nuevo intento puede tener éxito; el fallo está en el estado de una llamada concreta.</translation>
    </message>
    <message>
        <source>Capture the TDM trace and look for crossing messages.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Capture la traza TDM y busque mensajes cruzados.</translation>
    </message>
    <message>
        <source>Check timers and timing of call tear-down on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise los temporizadores y la secuencia temporal de la liberación de la llamada en ambos lados.</translation>
    </message>
    <message>
        <source>Update gateway firmware if the behaviour is a known defect.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Actualice el firmware del gateway si el comportamiento es un defecto conocido.</translation>
    </message>
    <message>
        <source>Carries cause=101.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=101.</translation>
    </message>
    <message>
        <source>Cause 98 combines this case with unknown message types.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>La causa 98 combina este caso con los tipos de mensaje desconocidos.</translation>
    </message>
    <message>
        <source>Cause 81 is an unknown call reference.</source>
        <comment>related q850:81</comment>
        <extracomment>How q850:81 differs</extracomment>
        <translation>La causa 81 es una referencia de llamada desconocida.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>La causa 111 es el error de protocolo genérico.</translation>
    </message>
</context>
<context>
    <name>q850:102</name>
    <message>
        <source>Recovery on timer expiry</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Recuperación tras la expiración de un temporizador</translation>
    </message>
    <message>
        <source>A protocol timer expired and error recovery cleared the call.</source>
        <comment>summary</comment>
        <translation>Expiró un temporizador del protocolo y la recuperación de errores liberó la llamada.</translation>
    </message>
    <message>
        <source>A procedure was started because a timer expired during error handling. RFC 3398 renders it as 504 Server Time-out and uses it for 408 and 504 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>Se inició un procedimiento porque un temporizador expiró durante el tratamiento de errores. La RFC 3398 la traduce como 504 Server Time-out y la utiliza para 408 y 504 en el sentido SIP a ISUP.</translation>
    </message>
    <message>
        <source>A 504 with Reason: Q.850;cause=102 when the PSTN side never got a timely answer from the next exchange; also a REL with cause 102 after your side timed out with 408.</source>
        <comment>seenWhen</comment>
        <translation>Un 504 con Reason: Q.850;cause=102 cuando el lado PSTN nunca obtuvo a tiempo una respuesta de la siguiente central; también un REL con causa 102 después de que su lado agotara el tiempo con un 408.</translation>
    </message>
    <message>
        <source>Gateways and exchanges whose signalling timer fired.</source>
        <comment>sentBy</comment>
        <translation>Gateways y centrales cuyo temporizador de señalización ha expirado.</translation>
    </message>
    <message>
        <source>Route advance is reasonable; the same route may work later.</source>
        <comment>retryNote</comment>
        <translation>Es razonable pasar a la siguiente ruta; la misma ruta puede funcionar más tarde.</translation>
    </message>
    <message>
        <source>Check whether the far end of the PSTN route is reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si el extremo remoto de la ruta PSTN es alcanzable.</translation>
    </message>
    <message>
        <source>Compare the gateway&apos;s timers with your INVITE timeout (Timer B, Timer C).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compare los temporizadores del gateway con el tiempo de espera de su INVITE (Timer B, Timer C).</translation>
    </message>
    <message>
        <source>Route advance to another carrier if the timeout repeats.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pase a otro operador si el agotamiento del tiempo se repite.</translation>
    </message>
    <message>
        <source>Carries cause=102; the location shows which side timed out.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=102; la ubicación muestra qué lado agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>RFC 3398 maps a SIP 408 back to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>La RFC 3398 asigna de vuelta un 408 SIP a esta causa.</translation>
    </message>
    <message>
        <source>Cause 18 is a user that did not respond in time.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>La causa 18 corresponde a un usuario que no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>q850:103</name>
    <message>
        <source>Parameter non-existent or not implemented - passed on (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Parámetro inexistente o no implementado, transferido (uso nacional)</translation>
    </message>
    <message>
        <source>An unknown ISUP parameter was ignored and passed on unchanged.</source>
        <comment>summary</comment>
        <translation>Se ignoró un parámetro ISUP desconocido y se transfirió sin cambios.</translation>
    </message>
    <message>
        <source>The equipment received parameters it does not recognise; they were ignored, and an intermediate exchange passed them on unchanged. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo recibió parámetros que no reconoce; se ignoraron y una central intermedia los transfirió sin cambios. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Normally informational, reported in an ISUP confusion or notification; in SIP it may appear in a Reason header if a gateway copies it into a release.</source>
        <comment>seenWhen</comment>
        <translation>Normalmente es informativa y se notifica en un mensaje de confusión o de notificación ISUP; en SIP puede aparecer en una cabecera Reason si un gateway la copia en una liberación.</translation>
    </message>
    <message>
        <source>ISUP exchanges in national networks.</source>
        <comment>sentBy</comment>
        <translation>Centrales ISUP de redes nacionales.</translation>
    </message>
    <message>
        <source>If the call failed, retry without the unknown parameter.</source>
        <comment>retryNote</comment>
        <translation>Si la llamada falló, reintente sin el parámetro desconocido.</translation>
    </message>
    <message>
        <source>Identify the parameter named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique el parámetro indicado en el diagnóstico.</translation>
    </message>
    <message>
        <source>Decide whether that parameter needs to be sent on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Decida si es necesario enviar ese parámetro en esta ruta.</translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier if releases result.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Armonice las variantes de ISUP con el operador si se producen liberaciones.</translation>
    </message>
    <message>
        <source>Carries cause=103.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=103.</translation>
    </message>
    <message>
        <source>Cause 99 is the general unknown element case.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>La causa 99 es el caso general de elemento desconocido.</translation>
    </message>
    <message>
        <source>Cause 110 means the message was discarded instead.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation>La causa 110 significa que, en cambio, el mensaje se descartó.</translation>
    </message>
</context>
<context>
    <name>q850:110</name>
    <message>
        <source>Message with unrecognized parameter discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mensaje con parámetro no reconocido descartado</translation>
    </message>
    <message>
        <source>A message was discarded because it contained an unknown parameter.</source>
        <comment>summary</comment>
        <translation>Se descartó un mensaje porque contenía un parámetro desconocido.</translation>
    </message>
    <message>
        <source>The equipment discarded a received message that includes a parameter it does not recognise. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo descartó un mensaje recibido que incluye un parámetro que no reconoce. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen when SIP-I or ISUP content from your side carries a parameter the carrier&apos;s exchange refuses.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando el contenido SIP-I o ISUP que envía su lado lleva un parámetro que la central del operador rechaza.</translation>
    </message>
    <message>
        <source>ISUP exchanges.</source>
        <comment>sentBy</comment>
        <translation>Centrales ISUP.</translation>
    </message>
    <message>
        <source>Retry without the unrecognised parameter.</source>
        <comment>retryNote</comment>
        <translation>Reintente sin el parámetro no reconocido.</translation>
    </message>
    <message>
        <source>Check the ISUP body (SIP-I or SIP-T) the SBC or gateway adds.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise el cuerpo ISUP (SIP-I o SIP-T) que añade el SBC o el gateway.</translation>
    </message>
    <message>
        <source>Remove or correct the parameter the carrier does not accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Elimine o corrija el parámetro que el operador no acepta.</translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Armonice las variantes de ISUP con el operador.</translation>
    </message>
    <message>
        <source>Carries cause=110.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=110.</translation>
    </message>
    <message>
        <source>Cause 99 ignores the element instead of discarding the message.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>La causa 99 ignora el elemento en lugar de descartar el mensaje.</translation>
    </message>
    <message>
        <source>Cause 103 passes the parameter on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation>La causa 103 transfiere el parámetro.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>La causa 111 es el error de protocolo genérico.</translation>
    </message>
</context>
<context>
    <name>q850:111</name>
    <message>
        <source>Protocol error, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Error de protocolo, sin especificar</translation>
    </message>
    <message>
        <source>A protocol error occurred and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation>Se produjo un error de protocolo y no corresponde ninguna causa más específica.</translation>
    </message>
    <message>
        <source>Reports a protocol error event only when no other cause in the protocol error class applies. RFC 3398 renders it as 500 Server Internal Error.</source>
        <comment>description</comment>
        <translation>Notifica un evento de error de protocolo solo cuando no se aplica ninguna otra causa de la clase de errores de protocolo. La RFC 3398 la traduce como 500 Server Internal Error.</translation>
    </message>
    <message>
        <source>A 500 with Reason: Q.850;cause=111 from a gateway that hit a signalling error it cannot classify.</source>
        <comment>seenWhen</comment>
        <translation>Un 500 con Reason: Q.850;cause=111 procedente de un gateway que encontró un error de señalización que no sabe clasificar.</translation>
    </message>
    <message>
        <source>Gateways and switches reporting an unclassified protocol error.</source>
        <comment>sentBy</comment>
        <translation>Gateways y conmutadores que notifican un error de protocolo no clasificado.</translation>
    </message>
    <message>
        <source>Try another route; repeated failures on this one need traces.</source>
        <comment>retryNote</comment>
        <translation>Pruebe otra ruta; si los fallos se repiten en esta, hacen falta trazas.</translation>
    </message>
    <message>
        <source>Capture SIP and TDM traces of the failing call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Capture trazas SIP y TDM de la llamada fallida.</translation>
    </message>
    <message>
        <source>Compare with a working call to spot unusual headers, body parts or numbers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compárelas con una llamada que funcione para detectar cabeceras, partes del cuerpo o números inusuales.</translation>
    </message>
    <message>
        <source>Report the trace to the gateway or carrier vendor.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Envíe la traza al fabricante del gateway o al operador.</translation>
    </message>
    <message>
        <source>Carries cause=111.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=111.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation>La causa 95 es el mensaje no válido genérico.</translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>La causa 127 es la causa genérica de interfuncionamiento.</translation>
    </message>
</context>
<context>
    <name>q850:127</name>
    <message>
        <source>Interworking, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Interfuncionamiento, sin especificar</translation>
    </message>
    <message>
        <source>The call crossed a network that did not report the real cause.</source>
        <comment>summary</comment>
        <translation>La llamada atravesó una red que no notificó la causa real.</translation>
    </message>
    <message>
        <source>Interworking with a network that does not provide causes for its actions took place, so the precise cause is unknown. RFC 3398 renders it as 500 Server Internal Error and maps several SIP errors, such as 413, 414, 416, 420, 421, 423, 505 and 513, to it.</source>
        <comment>description</comment>
        <translation>Hubo interfuncionamiento con una red que no proporciona causas de sus acciones, por lo que se desconoce la causa exacta. La RFC 3398 la traduce como 500 Server Internal Error y le asigna varios errores SIP, como 413, 414, 416, 420, 421, 423, 505 y 513.</translation>
    </message>
    <message>
        <source>A 500 or 503 with Reason: Q.850;cause=127 from a carrier whose downstream route (another SIP network or an international partner) failed without a usable cause.</source>
        <comment>seenWhen</comment>
        <translation>Un 500 o 503 con Reason: Q.850;cause=127 procedente de un operador cuya ruta posterior (otra red SIP o un socio internacional) falló sin una causa aprovechable.</translation>
    </message>
    <message>
        <source>Carriers and gateways relaying a failure from a network that gave no cause.</source>
        <comment>sentBy</comment>
        <translation>Operadores y gateways que retransmiten un fallo de una red que no indicó ninguna causa.</translation>
    </message>
    <message>
        <source>Route advance to another carrier is the practical response.</source>
        <comment>retryNote</comment>
        <translation>La respuesta práctica es pasar a otro operador.</translation>
    </message>
    <message>
        <source>Retry to see if the failure is consistent for that destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Reintente para ver si el fallo es sistemático para ese destino.</translation>
    </message>
    <message>
        <source>Ask the carrier for their downstream release reason with the Call-ID.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Pida al operador, indicando el Call-ID, el motivo de liberación en su ruta posterior.</translation>
    </message>
    <message>
        <source>Route the destination via another carrier if failures persist.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Encamine el destino a través de otro operador si los fallos persisten.</translation>
    </message>
    <message>
        <source>Carries cause=127; the text parameter sometimes holds the original reason.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=127; a veces el parámetro text contiene el motivo original.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal-class cause.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>La causa 31 es la causa genérica de la clase normal.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>La causa 111 es el error de protocolo genérico.</translation>
    </message>
</context>
<context>
    <name>q850:14</name>
    <message>
        <source>QoR: ported number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>QoR: número portado</translation>
    </message>
    <message>
        <source>The called number has been ported out, so the originating network must look it up and reroute.</source>
        <comment>summary</comment>
        <translation>El número llamado se ha portado a otra red, por lo que la red de origen debe consultarlo y volver a encaminar la llamada.</translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause supports query-on-release number portability: an exchange found that the called number was ported away, and the preceding network should query its portability data and route again. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Añadida a Q.850 mediante una enmienda, esta causa da soporte a la portabilidad numérica con consulta en la liberación (query on release): una central detectó que el número llamado se había portado a otra red, y la red precedente debe consultar sus datos de portabilidad y volver a encaminar. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response from a carrier when a call to a recently ported number is sent to the donor network without a routing number.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en la cabecera Reason de una respuesta de fallo de un operador cuando una llamada a un número portado recientemente se envía a la red donante sin número de encaminamiento.</translation>
    </message>
    <message>
        <source>The donor network&apos;s exchange in countries that use query on release for portability.</source>
        <comment>sentBy</comment>
        <translation>La central de la red donante en los países que utilizan consulta en la liberación para la portabilidad.</translation>
    </message>
    <message>
        <source>Retry once the number has been looked up in the portability database and the routing number applied.</source>
        <comment>retryNote</comment>
        <translation>Reintente una vez consultado el número en la base de datos de portabilidad y aplicado el número de encaminamiento.</translation>
    </message>
    <message>
        <source>Check whether your routing does a number portability lookup before sending the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si su encaminamiento realiza una consulta de portabilidad numérica antes de enviar la llamada.</translation>
    </message>
    <message>
        <source>Refresh the portability data for the number or range.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Actualice los datos de portabilidad del número o del rango.</translation>
    </message>
    <message>
        <source>Route the call again with the routing number the portability database returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Vuelva a encaminar la llamada con el número de encaminamiento que devuelve la base de datos de portabilidad.</translation>
    </message>
    <message>
        <source>Carries cause=14; it asks the previous network to do a portability query.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=14; pide a la red anterior que realice una consulta de portabilidad.</translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all, rather than ported.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>La causa 1 significa que el número no está asignado en absoluto, no que se haya portado.</translation>
    </message>
    <message>
        <source>Cause 22 reports a changed number, not a ported one.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>La causa 22 indica un número cambiado, no uno portado.</translation>
    </message>
    <message>
        <source>A possible SIP rendering when the gateway cannot reroute; RFC 3398 has no row for cause 14.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Una posible traducción a SIP cuando el gateway no puede reencaminar; la RFC 3398 no tiene ninguna fila para la causa 14.</translation>
    </message>
</context>
<context>
    <name>q850:16</name>
    <message>
        <source>Normal call clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Liberación normal de la llamada</translation>
    </message>
    <message>
        <source>One of the parties hung up; the call ended normally.</source>
        <comment>summary</comment>
        <translation>Una de las partes colgó; la llamada terminó normalmente.</translation>
    </message>
    <message>
        <source>The call is being cleared because one of the users asked for it, and the network is normally not the source. RFC 3398 maps it to no error response: it normally becomes a BYE, or a CANCEL before answer.</source>
        <comment>description</comment>
        <translation>La llamada se está liberando porque uno de los usuarios lo ha solicitado; normalmente la red no es el origen. La RFC 3398 no la asigna a ninguna respuesta de error: normalmente se convierte en un BYE, o en un CANCEL antes de la respuesta.</translation>
    </message>
    <message>
        <source>Seen as Reason: Q.850;cause=16 in a BYE or CANCEL from a carrier or gateway when the PSTN party hangs up.</source>
        <comment>seenWhen</comment>
        <translation>Aparece como Reason: Q.850;cause=16 en un BYE o CANCEL de un operador o gateway cuando cuelga la parte PSTN.</translation>
    </message>
    <message>
        <source>Any endpoint, PBX or gateway relaying an ordinary hang-up.</source>
        <comment>sentBy</comment>
        <translation>Cualquier terminal, PBX o gateway que retransmite un colgado ordinario.</translation>
    </message>
    <message>
        <source>Nothing to retry; the call ended normally.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; la llamada terminó normalmente.</translation>
    </message>
    <message>
        <source>Nothing needs fixing if the call lasted as expected.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>No hay nada que corregir si la llamada duró lo esperado.</translation>
    </message>
    <message>
        <source>If calls drop unexpectedly with cause 16, check which side sent the first BYE and what triggered it (session timers, RTP inactivity timeout, transfer).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si las llamadas se cortan inesperadamente con causa 16, compruebe qué lado envió el primer BYE y qué lo provocó (temporizadores de sesión, tiempo de inactividad RTP, transferencia).</translation>
    </message>
    <message>
        <source>Compare call durations for a pattern, such as drops at a fixed time that point to a timer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compare las duraciones de las llamadas en busca de un patrón, como cortes a un tiempo fijo que apunten a un temporizador.</translation>
    </message>
    <message>
        <source>Carries cause=16 in a BYE or CANCEL; the location shows which side cleared.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=16 en un BYE o CANCEL; la ubicación muestra qué lado liberó la llamada.</translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified member of the normal class, often used for failed set-ups.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>La causa 31 es el miembro sin especificar de la clase normal, utilizado a menudo en establecimientos fallidos.</translation>
    </message>
    <message>
        <source>Cause 17 ends a call attempt because the callee is busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>La causa 17 termina un intento de llamada porque el llamado está ocupado.</translation>
    </message>
    <message>
        <source>The final response an INVITE gets when it is cancelled by the caller.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>La respuesta final que recibe un INVITE cuando el llamante lo cancela.</translation>
    </message>
</context>
<context>
    <name>q850:17</name>
    <message>
        <source>User busy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Usuario ocupado</translation>
    </message>
    <message>
        <source>The called party cannot take another call.</source>
        <comment>summary</comment>
        <translation>La parte llamada no puede aceptar otra llamada.</translation>
    </message>
    <message>
        <source>The called party is unable to accept another call because a busy condition was met. The user&apos;s equipment or the network may generate it. RFC 3398 renders it as 486 Busy Here.</source>
        <comment>description</comment>
        <translation>La parte llamada no puede aceptar otra llamada porque se ha dado una condición de ocupado. Puede generarla el equipo del usuario o la red. La RFC 3398 la traduce como 486 Busy Here.</translation>
    </message>
    <message>
        <source>A 486 with Reason: Q.850;cause=17 from a carrier when the called line is engaged, or from a PBX when the extension has no free line.</source>
        <comment>seenWhen</comment>
        <translation>Un 486 con Reason: Q.850;cause=17 de un operador cuando la línea llamada está ocupada, o de una PBX cuando la extensión no tiene ninguna línea libre.</translation>
    </message>
    <message>
        <source>The called device, its PBX, or the terminating network.</source>
        <comment>sentBy</comment>
        <translation>El dispositivo llamado, su PBX o la red de destino.</translation>
    </message>
    <message>
        <source>The same call may succeed later; a proxy forking to several contacts keeps trying the others.</source>
        <comment>retryNote</comment>
        <translation>La misma llamada puede tener éxito más tarde; un proxy que bifurca (forking) hacia varios contactos sigue probando con los demás.</translation>
    </message>
    <message>
        <source>Confirm by calling the number from another line.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Confírmelo llamando al número desde otra línea.</translation>
    </message>
    <message>
        <source>If every call gets busy, check whether the destination PBX or trunk has hit its channel or licence limit.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si todas las llamadas dan ocupado, compruebe si la PBX o la troncal de destino ha alcanzado su límite de canales o de licencias.</translation>
    </message>
    <message>
        <source>Check call waiting and busy-on-busy settings on the destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise la configuración de llamada en espera y de busy-on-busy en el destino.</translation>
    </message>
    <message>
        <source>Carries cause=17; the location tells whether the user or the network declared busy.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=17; la ubicación indica si fue el usuario o la red quien declaró el estado de ocupado.</translation>
    </message>
    <message>
        <source>Rarely present, but gives a hint when to try again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Rara vez está presente, pero da una indicación de cuándo volver a intentarlo.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>The global busy response, which RFC 3398 also maps back to cause 17.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>La respuesta de ocupado global, que la RFC 3398 también asigna de vuelta a la causa 17.</translation>
    </message>
    <message>
        <source>Cause 34 means the network, not the user, has no free circuit.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>La causa 34 significa que es la red, y no el usuario, la que no tiene ningún circuito libre.</translation>
    </message>
</context>
<context>
    <name>q850:18</name>
    <message>
        <source>No user responding</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Usuario no responde</translation>
    </message>
    <message>
        <source>The called party did not respond to the call set-up in time.</source>
        <comment>summary</comment>
        <translation>La parte llamada no respondió a tiempo al establecimiento de la llamada.</translation>
    </message>
    <message>
        <source>The called party did not answer the set-up with either an alerting or a connect indication within the allowed time. RFC 3398 renders it as 408 Request Timeout.</source>
        <comment>description</comment>
        <translation>La parte llamada no respondió al establecimiento con una indicación de aviso (alerting) ni de conexión dentro del tiempo permitido. La RFC 3398 la traduce como 408 Request Timeout.</translation>
    </message>
    <message>
        <source>A 408 with Reason: Q.850;cause=18 from a carrier, typically for a mobile that could not be paged or a device that never started ringing.</source>
        <comment>seenWhen</comment>
        <translation>Un 408 con Reason: Q.850;cause=18 de un operador, normalmente para un móvil que no se pudo localizar mediante radiobúsqueda o un dispositivo que nunca empezó a sonar.</translation>
    </message>
    <message>
        <source>The terminating network when the called device never alerts.</source>
        <comment>sentBy</comment>
        <translation>La red de destino cuando el dispositivo llamado nunca emite aviso.</translation>
    </message>
    <message>
        <source>A later attempt may succeed once the device is reachable.</source>
        <comment>retryNote</comment>
        <translation>Un intento posterior puede tener éxito una vez que el dispositivo esté localizable.</translation>
    </message>
    <message>
        <source>Check whether the called device is powered on and reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si el dispositivo llamado está encendido y es alcanzable.</translation>
    </message>
    <message>
        <source>Note that this 408 came from the far network, not from your own Timer B.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Tenga en cuenta que este 408 procede de la red remota, no de su propio Timer B.</translation>
    </message>
    <message>
        <source>Retry later or route to voicemail.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reintente más tarde o encamine al buzón de voz.</translation>
    </message>
    <message>
        <source>Carries cause=18; it separates this timeout from a local transaction timeout.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=18; distingue este agotamiento del tiempo de espera de uno de transacción local.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 19 means the phone rang but nobody answered.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation>La causa 19 significa que el teléfono sonó, pero nadie contestó.</translation>
    </message>
    <message>
        <source>Cause 20 means the subscriber is known to be absent.</source>
        <comment>related q850:20</comment>
        <extracomment>How q850:20 differs</extracomment>
        <translation>La causa 20 significa que se sabe que el abonado está ausente.</translation>
    </message>
</context>
<context>
    <name>q850:19</name>
    <message>
        <source>No answer from user (user alerted)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No hay respuesta del usuario (usuario avisado)</translation>
    </message>
    <message>
        <source>The called phone rang but was not answered in time.</source>
        <comment>summary</comment>
        <translation>El teléfono llamado sonó, pero no se contestó a tiempo.</translation>
    </message>
    <message>
        <source>The called party was alerted but did not connect within the allowed time. It is not always generated by the ISDN access procedures; network timers may produce it too. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>Se avisó a la parte llamada, pero no conectó dentro del tiempo permitido. No siempre la generan los procedimientos de acceso ISDN; también pueden producirla los temporizadores de red. La RFC 3398 la traduce como 480 Temporarily Unavailable.</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=19 after a 180 Ringing, when the carrier&apos;s no-answer timer expires before your own.</source>
        <comment>seenWhen</comment>
        <translation>Un 480 con Reason: Q.850;cause=19 tras un 180 Ringing, cuando el temporizador de no respuesta del operador expira antes que el suyo.</translation>
    </message>
    <message>
        <source>The terminating network or PBX whose no-answer timer fired.</source>
        <comment>sentBy</comment>
        <translation>La red de destino o la PBX cuyo temporizador de no respuesta ha expirado.</translation>
    </message>
    <message>
        <source>The caller may try again later; nothing on the request needs to change.</source>
        <comment>retryNote</comment>
        <translation>El llamante puede volver a intentarlo más tarde; no es necesario cambiar nada en la solicitud.</translation>
    </message>
    <message>
        <source>Compare the carrier&apos;s no-answer timer with your PBX ring timeout.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare el temporizador de no respuesta del operador con el tiempo de timbre de su PBX.</translation>
    </message>
    <message>
        <source>Configure call forwarding or voicemail if unanswered calls should go somewhere.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Configure el desvío de llamadas o el buzón de voz si las llamadas no contestadas deben ir a algún sitio.</translation>
    </message>
    <message>
        <source>Check whether the callee&apos;s device auto-rejects after a fixed ring time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe si el dispositivo del llamado rechaza automáticamente tras un tiempo de timbre fijo.</translation>
    </message>
    <message>
        <source>Carries cause=19; it confirms the call did ring.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=19; confirma que la llamada sí llegó a sonar.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 18 means the phone never started ringing.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>La causa 18 significa que el teléfono nunca empezó a sonar.</translation>
    </message>
    <message>
        <source>Cause 16 would be used if the call was answered and then cleared.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>La causa 16 se usaría si la llamada se hubiera contestado y después liberado.</translation>
    </message>
</context>
<context>
    <name>q850:2</name>
    <message>
        <source>No route to specified transit network (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No hay ruta hacia la red de tránsito especificada (uso nacional)</translation>
    </message>
    <message>
        <source>The call asked for a transit network that this exchange does not know or cannot reach.</source>
        <comment>summary</comment>
        <translation>La llamada solicitó una red de tránsito que esta central no conoce o no puede alcanzar.</translation>
    </message>
    <message>
        <source>The exchange was told to route via a particular transit network, for example through a carrier selection code, and that network is unknown to it or does not serve it. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>Se indicó a la central que encaminara a través de una red de tránsito concreta, por ejemplo mediante un código de selección de operador, y esa red le es desconocida o no le presta servicio. La RFC 3398 la traduce como 404 Not Found.</translation>
    </message>
    <message>
        <source>Seen in a 404 with Reason: Q.850;cause=2 when a carrier access or selection prefix is left in the dialled digits or the trunk forces a transit carrier the far switch does not recognise.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en un 404 con Reason: Q.850;cause=2 cuando queda un prefijo de acceso o de selección de operador en los dígitos marcados, o cuando la troncal impone un operador de tránsito que el conmutador remoto no reconoce.</translation>
    </message>
    <message>
        <source>A PSTN exchange that cannot hand the call to the requested transit network.</source>
        <comment>sentBy</comment>
        <translation>Una central PSTN que no puede entregar la llamada a la red de tránsito solicitada.</translation>
    </message>
    <message>
        <source>The same route will keep failing; a router may try another carrier or send the call without a transit network selection.</source>
        <comment>retryNote</comment>
        <translation>La misma ruta seguirá fallando; un enrutador puede probar con otro operador o enviar la llamada sin selección de red de tránsito.</translation>
    </message>
    <message>
        <source>Remove any carrier selection or access prefix from the number sent on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Elimine cualquier prefijo de selección o de acceso de operador del número enviado por la troncal.</translation>
    </message>
    <message>
        <source>Check whether the trunk or the numbering translation forces a specific transit network for this destination.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe si la troncal o la traducción de numeración imponen una red de tránsito concreta para este destino.</translation>
    </message>
    <message>
        <source>Ask the carrier whether the requested transit network is reachable from their switch.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pregunte al operador si la red de tránsito solicitada es alcanzable desde su conmutador.</translation>
    </message>
    <message>
        <source>Carries cause=2; check the location field to see which exchange rejected the transit choice.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=2; revise el campo de ubicación para ver qué central rechazó la elección de tránsito.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 91 means the transit network identification itself was badly formatted.</source>
        <comment>related q850:91</comment>
        <extracomment>How q850:91 differs</extracomment>
        <translation>La causa 91 significa que la propia identificación de la red de tránsito tenía un formato incorrecto.</translation>
    </message>
    <message>
        <source>Cause 3 concerns the destination rather than a transit network.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>La causa 3 se refiere al destino y no a una red de tránsito.</translation>
    </message>
</context>
<context>
    <name>q850:20</name>
    <message>
        <source>Subscriber absent</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Abonado ausente</translation>
    </message>
    <message>
        <source>The called mobile or user is not currently reachable.</source>
        <comment>summary</comment>
        <translation>El móvil o usuario llamado no está localizable en este momento.</translation>
    </message>
    <message>
        <source>Used when a mobile station has logged off, radio contact cannot be made, or a personal telecommunication user cannot be addressed on any terminal. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>Se utiliza cuando una estación móvil ha cerrado sesión, no se puede establecer contacto por radio o no se puede direccionar a un usuario de telecomunicación personal en ningún terminal. La RFC 3398 la traduce como 480 Temporarily Unavailable.</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=20 for a switched-off mobile, or from a PBX whose SIP extension has no registration.</source>
        <comment>seenWhen</comment>
        <translation>Un 480 con Reason: Q.850;cause=20 para un móvil apagado, o de una PBX cuya extensión SIP no tiene registro.</translation>
    </message>
    <message>
        <source>Mobile networks and PBXs that know the user is not registered.</source>
        <comment>sentBy</comment>
        <translation>Redes móviles y PBX que saben que el usuario no está registrado.</translation>
    </message>
    <message>
        <source>Try again later, once the user is registered or in coverage.</source>
        <comment>retryNote</comment>
        <translation>Vuelva a intentarlo más tarde, cuando el usuario esté registrado o tenga cobertura.</translation>
    </message>
    <message>
        <source>Check the registration state of the target if it is a SIP user on your own platform.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el estado de registro del destino si es un usuario SIP de su propia plataforma.</translation>
    </message>
    <message>
        <source>Try again later or send the caller to voicemail.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vuelva a intentarlo más tarde o envíe al llamante al buzón de voz.</translation>
    </message>
    <message>
        <source>For mobiles, confirm the phone is on and has coverage.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>En el caso de móviles, confirme que el teléfono está encendido y tiene cobertura.</translation>
    </message>
    <message>
        <source>Carries cause=20; it indicates absence rather than a refusal.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=20; indica ausencia y no un rechazo.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 18 is a timeout without a known absence.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>La causa 18 es un agotamiento del tiempo de espera sin una ausencia conocida.</translation>
    </message>
    <message>
        <source>Cause 19 means the user was alerted but did not answer.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation>La causa 19 significa que se avisó al usuario, pero no contestó.</translation>
    </message>
</context>
<context>
    <name>q850:21</name>
    <message>
        <source>Call rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Llamada rechazada</translation>
    </message>
    <message>
        <source>The called party or the network refused the call although it could have accepted it.</source>
        <comment>summary</comment>
        <translation>La parte llamada o la red rechazó la llamada aunque podría haberla aceptado.</translation>
    </message>
    <message>
        <source>The destination does not wish to take this call even though it is neither busy nor incompatible; the network may also reject for policy reasons. The diagnostic field may carry details. RFC 3398 renders it as 403 Forbidden, or 603 Decline when the cause location is the user.</source>
        <comment>description</comment>
        <translation>El destino no desea aceptar esta llamada aunque no está ocupado ni es incompatible; la red también puede rechazarla por motivos de política. El campo de diagnóstico puede aportar detalles. La RFC 3398 la traduce como 403 Forbidden, o 603 Decline cuando la ubicación de la causa es el usuario.</translation>
    </message>
    <message>
        <source>A 403 or 603 with Reason: Q.850;cause=21 when a carrier screens out the calling number, such as an invalid or unauthorised caller ID, or when the callee declines.</source>
        <comment>seenWhen</comment>
        <translation>Un 403 o 603 con Reason: Q.850;cause=21 cuando un operador filtra el número llamante, por ejemplo un identificador de llamante no válido o no autorizado, o cuando el llamado rechaza la llamada.</translation>
    </message>
    <message>
        <source>The called user, its PBX, or a network policy function.</source>
        <comment>sentBy</comment>
        <translation>El usuario llamado, su PBX o una función de políticas de la red.</translation>
    </message>
    <message>
        <source>Do not retry the same call; change the caller ID or get the callee&apos;s consent first.</source>
        <comment>retryNote</comment>
        <translation>No reintente la misma llamada; cambie antes el identificador de llamante u obtenga el consentimiento del llamado.</translation>
    </message>
    <message>
        <source>Check the caller ID in From and P-Asserted-Identity: format, ownership and whether the carrier allows it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise el identificador de llamante en From y P-Asserted-Identity: formato, titularidad y si el operador lo admite.</translation>
    </message>
    <message>
        <source>Check whether the callee uses call screening or anonymous call rejection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe si el llamado utiliza filtrado de llamadas o rechazo de llamadas anónimas.</translation>
    </message>
    <message>
        <source>Ask the carrier for the rejection reason with the Call-ID if the number should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el número debería estar permitido, pida al operador el motivo del rechazo indicando el Call-ID.</translation>
    </message>
    <message>
        <source>Carries cause=21; a location of user means the person rejected it.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=21; una ubicación de usuario significa que fue la persona quien la rechazó.</translation>
    </message>
    <message>
        <source>An unauthorised or malformed asserted identity is a common reason for network rejections.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>Una identidad afirmada no autorizada o mal formada es un motivo habitual de rechazo por parte de la red.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>RFC 3398 allows 603 when the rejection came from the user.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>La RFC 3398 permite 603 cuando el rechazo procede del usuario.</translation>
    </message>
    <message>
        <source>Cause 24 is the specific rejection by a destination feature such as anonymous call rejection.</source>
        <comment>related q850:24</comment>
        <extracomment>How q850:24 differs</extracomment>
        <translation>La causa 24 es el rechazo específico por una facilidad del destino, como el rechazo de llamadas anónimas.</translation>
    </message>
</context>
<context>
    <name>q850:22</name>
    <message>
        <source>Number changed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Número cambiado</translation>
    </message>
    <message>
        <source>The called number is no longer in use; a new number may be given.</source>
        <comment>summary</comment>
        <translation>El número llamado ya no está en uso; puede facilitarse un número nuevo.</translation>
    </message>
    <message>
        <source>The number dialled has been taken out of service; the diagnostic field may carry the new number. RFC 3398 renders it as 410 Gone, or as 301 Moved Permanently with the new number in Contact when the diagnostic holds it.</source>
        <comment>description</comment>
        <translation>El número marcado se ha dado de baja; el campo de diagnóstico puede contener el número nuevo. La RFC 3398 la traduce como 410 Gone, o como 301 Moved Permanently con el número nuevo en Contact cuando el diagnóstico lo incluye.</translation>
    </message>
    <message>
        <source>A 410 with Reason: Q.850;cause=22 from a carrier for a number that was changed, or occasionally a 301 carrying the new number.</source>
        <comment>seenWhen</comment>
        <translation>Un 410 con Reason: Q.850;cause=22 de un operador para un número que ha cambiado, u ocasionalmente un 301 con el número nuevo.</translation>
    </message>
    <message>
        <source>The terminating exchange when a subscriber has changed number.</source>
        <comment>sentBy</comment>
        <translation>La central de destino cuando un abonado ha cambiado de número.</translation>
    </message>
    <message>
        <source>Do not retry the old number. If a 301 with Contact arrived, the call may be placed to that new target.</source>
        <comment>retryNote</comment>
        <translation>No reintente al número antiguo. Si llegó un 301 con Contact, la llamada puede dirigirse a ese nuevo destino.</translation>
    </message>
    <message>
        <source>Look for a Contact header in a 301 and update the stored number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Busque una cabecera Contact en un 301 y actualice el número almacenado.</translation>
    </message>
    <message>
        <source>Update the contact or routing database that produced the old number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Actualice la base de datos de contactos o de encaminamiento que generó el número antiguo.</translation>
    </message>
    <message>
        <source>Confirm the new number with the called party before relying on it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Confirme el número nuevo con la parte llamada antes de confiar en él.</translation>
    </message>
    <message>
        <source>Carries cause=22; the location shows where the change was detected.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=22; la ubicación muestra dónde se detectó el cambio.</translation>
    </message>
    <message>
        <source>In the 301 variant, holds the new number taken from the diagnostic.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>En la variante 301, contiene el número nuevo tomado del diagnóstico.</translation>
    </message>
    <message>
        <source>RFC 3398 response when no new number is known.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>Respuesta de la RFC 3398 cuando no se conoce ningún número nuevo.</translation>
    </message>
    <message>
        <source>RFC 3398 response when the new number is in the diagnostic.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>Respuesta de la RFC 3398 cuando el número nuevo figura en el diagnóstico.</translation>
    </message>
    <message>
        <source>Cause 1 means the number is unassigned with no history.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>La causa 1 significa que el número no está asignado y no tiene historial.</translation>
    </message>
</context>
<context>
    <name>q850:23</name>
    <message>
        <source>Redirection to new destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Redirección a un nuevo destino</translation>
    </message>
    <message>
        <source>An exchange asks the previous exchange to route the call to a different number.</source>
        <comment>summary</comment>
        <translation>Una central pide a la central anterior que encamine la llamada a otro número.</translation>
    </message>
    <message>
        <source>This cause belongs to an ISUP mechanism in which an exchange decides that the call should go to another called number and asks a preceding exchange to route it there. RFC 3398 renders it as 410 Gone.</source>
        <comment>description</comment>
        <translation>Esta causa pertenece a un mecanismo ISUP en el que una central decide que la llamada debe ir a otro número llamado y pide a una central precedente que la encamine hacia allí. La RFC 3398 la traduce como 410 Gone.</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; a gateway that cannot act on the ISUP redirection answers 410 with Reason: Q.850;cause=23.</source>
        <comment>seenWhen</comment>
        <translation>Poco frecuente en troncales SIP; un gateway que no puede actuar sobre la redirección ISUP responde 410 con Reason: Q.850;cause=23.</translation>
    </message>
    <message>
        <source>An ISUP exchange using the network redirection procedure.</source>
        <comment>sentBy</comment>
        <translation>Una central ISUP que utiliza el procedimiento de redirección en la red.</translation>
    </message>
    <message>
        <source>The same request will not succeed; the call would need to be placed to the new number.</source>
        <comment>retryNote</comment>
        <translation>La misma solicitud no tendrá éxito; habría que dirigir la llamada al número nuevo.</translation>
    </message>
    <message>
        <source>Check whether the gateway supports ISUP redirection and passes the new number on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si el gateway admite la redirección ISUP y transmite el número nuevo.</translation>
    </message>
    <message>
        <source>Look for Diversion or History-Info headers that reveal the intended target.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Busque cabeceras Diversion o History-Info que revelen el destino previsto.</translation>
    </message>
    <message>
        <source>Ask the carrier which destination the call was redirected to.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pregunte al operador a qué destino se redirigió la llamada.</translation>
    </message>
    <message>
        <source>Carries cause=23; the new target is not carried in SIP by RFC 3398.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=23; según la RFC 3398, el nuevo destino no se transporta en SIP.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 22 is a permanent number change.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>La causa 22 es un cambio de número permanente.</translation>
    </message>
    <message>
        <source>The native SIP way to point the caller at a new target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>La forma nativa de SIP de indicar al llamante un nuevo destino.</translation>
    </message>
</context>
<context>
    <name>q850:24</name>
    <message>
        <source>Call rejected due to feature at the destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Llamada rechazada debido a una facilidad en el destino</translation>
    </message>
    <message>
        <source>A feature at the destination, such as anonymous call rejection, refused the call.</source>
        <comment>summary</comment>
        <translation>Una facilidad del destino, como el rechazo de llamadas anónimas, rechazó la llamada.</translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause reports a rejection caused by a supplementary service at the destination, the usual example being anonymous call rejection. RFC 3398 predates it and has no row for it.</source>
        <comment>description</comment>
        <translation>Añadida a Q.850 mediante una enmienda, esta causa notifica un rechazo provocado por un servicio suplementario en el destino, cuyo ejemplo habitual es el rechazo de llamadas anónimas. La RFC 3398 es anterior a ella y no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen in a failure response from a carrier when the caller withheld their number (Privacy: id) and the callee has anonymous call rejection enabled.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en una respuesta de fallo de un operador cuando el llamante ocultó su número (Privacy: id) y el llamado tiene activado el rechazo de llamadas anónimas.</translation>
    </message>
    <message>
        <source>The terminating network applying a feature of the called subscriber.</source>
        <comment>sentBy</comment>
        <translation>La red de destino al aplicar una facilidad del abonado llamado.</translation>
    </message>
    <message>
        <source>Retry only with the identity presented, if the caller agrees.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo presentando la identidad, si el llamante está de acuerdo.</translation>
    </message>
    <message>
        <source>Check whether the call was sent with caller ID withheld (Privacy header or anonymous From).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la llamada se envió con el identificador de llamante oculto (cabecera Privacy o From anónimo).</translation>
    </message>
    <message>
        <source>Send the caller ID unrestricted if policy allows, then retry.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Envíe el identificador de llamante sin restricción si la política lo permite y, a continuación, reintente.</translation>
    </message>
    <message>
        <source>Otherwise tell the caller that the destination refuses anonymous calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>En caso contrario, informe al llamante de que el destino rechaza las llamadas anónimas.</translation>
    </message>
    <message>
        <source>Carries cause=24; the feature behind the refusal is not always named.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=24; no siempre se indica la facilidad que motivó el rechazo.</translation>
    </message>
    <message>
        <source>A value of id or user shows the caller withheld their identity.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation>Un valor id o user indica que el llamante ocultó su identidad.</translation>
    </message>
    <message>
        <source>The SIP response defined for refusing anonymous calls.</source>
        <comment>related 433</comment>
        <extracomment>How 433 differs</extracomment>
        <translation>La respuesta SIP definida para rechazar llamadas anónimas.</translation>
    </message>
    <message>
        <source>Cause 21 is the general call rejected cause.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>La causa 21 es la causa general de llamada rechazada.</translation>
    </message>
    <message>
        <source>A decline from the user rather than from a feature.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un rechazo del usuario y no de una facilidad.</translation>
    </message>
</context>
<context>
    <name>q850:25</name>
    <message>
        <source>Exchange routing error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Error de encaminamiento en la central</translation>
    </message>
    <message>
        <source>An intermediate exchange gave up on the call, typically because the hop counter ran out.</source>
        <comment>summary</comment>
        <translation>Una central intermedia abandonó la llamada, normalmente porque se agotó el contador de saltos.</translation>
    </message>
    <message>
        <source>The destination could not be reached because an intermediate exchange released the call after reaching the limit of the ISUP hop counter procedure. RFC 3398 uses it for 482 Loop Detected and 483 Too Many Hops in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>No se pudo alcanzar el destino porque una central intermedia liberó la llamada al llegar al límite del procedimiento de contador de saltos de ISUP. La RFC 3398 la utiliza para 482 Loop Detected y 483 Too Many Hops en el sentido SIP a ISUP.</translation>
    </message>
    <message>
        <source>Seen when calls loop between carriers or between your SBC and a carrier, ending with 483 or with Reason: Q.850;cause=25.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando las llamadas entran en bucle entre operadores o entre su SBC y un operador, y terminan con 483 o con Reason: Q.850;cause=25.</translation>
    </message>
    <message>
        <source>A transit exchange whose hop counter reached zero, or a SIP gateway translating a loop error.</source>
        <comment>sentBy</comment>
        <translation>Una central de tránsito cuyo contador de saltos llegó a cero, o un gateway SIP que traduce un error de bucle.</translation>
    </message>
    <message>
        <source>The same route will loop again; fix routing or send the call through a different carrier.</source>
        <comment>retryNote</comment>
        <translation>La misma ruta volverá a entrar en bucle; corrija el encaminamiento o envíe la llamada a través de otro operador.</translation>
    </message>
    <message>
        <source>Look at the Via and Max-Forwards of the failed INVITE for signs of a loop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine las cabeceras Via y Max-Forwards del INVITE fallido en busca de indicios de un bucle.</translation>
    </message>
    <message>
        <source>Check routing tables on both sides for a destination that routes back to its origin, such as a ported or forwarded number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise las tablas de encaminamiento de ambos lados en busca de un destino que se encamine de vuelta a su origen, como un número portado o desviado.</translation>
    </message>
    <message>
        <source>Fix the loop, then test again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Corrija el bucle y vuelva a probar.</translation>
    </message>
    <message>
        <source>Carries cause=25; the location shows which exchange hit the limit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=25; la ubicación muestra qué central alcanzó el límite.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 Too Many Hops to this cause.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>La RFC 3398 asigna 483 Too Many Hops a esta causa.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 Loop Detected to this cause.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>La RFC 3398 asigna 482 Loop Detected a esta causa.</translation>
    </message>
    <message>
        <source>Cause 3 means no route exists, not a loop.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>La causa 3 significa que no existe ninguna ruta, no que haya un bucle.</translation>
    </message>
</context>
<context>
    <name>q850:26</name>
    <message>
        <source>Non-selected user clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Liberación de usuario no seleccionado</translation>
    </message>
    <message>
        <source>The call was offered to several terminals and another one took it.</source>
        <comment>summary</comment>
        <translation>La llamada se ofreció a varios terminales y la tomó otro.</translation>
    </message>
    <message>
        <source>The user has not been awarded the incoming call, typically because another terminal answered it first. RFC 3398 renders it as 404 Not Found and marks the row as an ANSI procedure.</source>
        <comment>description</comment>
        <translation>No se ha adjudicado al usuario la llamada entrante, normalmente porque otro terminal la contestó primero. La RFC 3398 la traduce como 404 Not Found y marca la fila como procedimiento ANSI.</translation>
    </message>
    <message>
        <source>Seen when a forked or group call is answered elsewhere; Asterisk uses this cause internally for a call answered elsewhere in a ring group.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando una llamada bifurcada o de grupo se contesta en otro lugar; Asterisk utiliza internamente esta causa para una llamada contestada en otro miembro de un grupo de timbre.</translation>
    </message>
    <message>
        <source>ISDN equipment on a shared bus, or a PBX cancelling ringing branches.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN en un bus compartido, o una PBX que cancela las ramas que están sonando.</translation>
    </message>
    <message>
        <source>Nothing to retry; another terminal already took the call.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; otro terminal ya tomó la llamada.</translation>
    </message>
    <message>
        <source>Treat it as normal if the call was answered by another member of the group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Considérela normal si la llamada la contestó otro miembro del grupo.</translation>
    </message>
    <message>
        <source>If no one answered, check the group or hunt configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si nadie contestó, revise la configuración del grupo o de la búsqueda (hunt).</translation>
    </message>
    <message>
        <source>Verify that the CANCEL to the other branches carried a sensible Reason.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Verifique que el CANCEL enviado a las demás ramas llevaba una cabecera Reason coherente.</translation>
    </message>
    <message>
        <source>Carries cause=26 on the branches that lost.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=26 en las ramas que perdieron.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 16 is the normal clearing of the answered call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>La causa 16 es la liberación normal de la llamada contestada.</translation>
    </message>
    <message>
        <source>The response other ringing branches get when they are cancelled.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>La respuesta que reciben las demás ramas que están sonando cuando se cancelan.</translation>
    </message>
</context>
<context>
    <name>q850:27</name>
    <message>
        <source>Destination out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Destino fuera de servicio</translation>
    </message>
    <message>
        <source>The interface to the destination is not working, so the call could not be delivered.</source>
        <comment>summary</comment>
        <translation>La interfaz hacia el destino no funciona, por lo que no se pudo entregar la llamada.</translation>
    </message>
    <message>
        <source>A signalling message could not be delivered to the remote party, for example because of a physical or data link failure at the remote side or because the user&apos;s equipment is off line. RFC 3398 renders it as 502 Bad Gateway.</source>
        <comment>description</comment>
        <translation>No se pudo entregar un mensaje de señalización a la parte remota, por ejemplo por un fallo físico o del enlace de datos en el lado remoto o porque el equipo del usuario está desconectado. La RFC 3398 la traduce como 502 Bad Gateway.</translation>
    </message>
    <message>
        <source>A 502 with Reason: Q.850;cause=27 when the called PBX, its PRI or its SIP trunk behind the carrier is down.</source>
        <comment>seenWhen</comment>
        <translation>Un 502 con Reason: Q.850;cause=27 cuando la PBX llamada, su PRI o su troncal SIP detrás del operador está caída.</translation>
    </message>
    <message>
        <source>The network that tried to deliver the call to the failed interface.</source>
        <comment>sentBy</comment>
        <translation>La red que intentó entregar la llamada a la interfaz averiada.</translation>
    </message>
    <message>
        <source>Retry after the destination equipment recovers, or send the call to an alternate destination.</source>
        <comment>retryNote</comment>
        <translation>Reintente cuando el equipo de destino se recupere, o envíe la llamada a un destino alternativo.</translation>
    </message>
    <message>
        <source>Check whether the destination PBX, its trunk or its registration to the carrier is up.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la PBX de destino, su troncal o su registro en el operador están operativos.</translation>
    </message>
    <message>
        <source>Test another number on the same destination to confirm an outage.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Pruebe otro número del mismo destino para confirmar una caída del servicio.</translation>
    </message>
    <message>
        <source>Fail over to an alternate route or number if one exists.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Conmute a una ruta o a un número alternativos, si existen.</translation>
    </message>
    <message>
        <source>Carries cause=27; the location shows the network that detected the failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=27; la ubicación muestra la red que detectó el fallo.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 38 points at the network, not the destination.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>La causa 38 apunta a la red, no al destino.</translation>
    </message>
    <message>
        <source>Cause 41 is a short-lived network failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>La causa 41 es un fallo de red de corta duración.</translation>
    </message>
</context>
<context>
    <name>q850:28</name>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Formato de número no válido (dirección incompleta)</translation>
    </message>
    <message>
        <source>The called number is incomplete or in a format the network cannot use.</source>
        <comment>summary</comment>
        <translation>El número llamado está incompleto o tiene un formato que la red no puede utilizar.</translation>
    </message>
    <message>
        <source>The called party cannot be reached because the number is not in a valid format or is not complete. RFC 3398 renders it as 484 Address Incomplete.</source>
        <comment>description</comment>
        <translation>No se puede alcanzar a la parte llamada porque el número no tiene un formato válido o no está completo. La RFC 3398 la traduce como 484 Address Incomplete.</translation>
    </message>
    <message>
        <source>A 484 with Reason: Q.850;cause=28 when digits are missing, the country code is wrong, or a plus sign or extra characters reach a network that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation>Un 484 con Reason: Q.850;cause=28 cuando faltan dígitos, el código de país es incorrecto, o un signo más o caracteres adicionales llegan a una red que no puede tratarlos.</translation>
    </message>
    <message>
        <source>Any exchange or PBX that validates number format.</source>
        <comment>sentBy</comment>
        <translation>Cualquier central o PBX que valide el formato de los números.</translation>
    </message>
    <message>
        <source>Retry only with a complete, correctly formatted number.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con un número completo y con el formato correcto.</translation>
    </message>
    <message>
        <source>Check the length and prefix of the number in the Request-URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise la longitud y el prefijo del número en la Request-URI.</translation>
    </message>
    <message>
        <source>Apply the number format the carrier documents (E.164 with or without plus, national).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aplique el formato de número que documenta el operador (E.164 con o sin signo más, nacional).</translation>
    </message>
    <message>
        <source>Check whether overlap dialling is in use and the INVITE was sent before all digits were collected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe si se utiliza marcación solapada (overlap) y si el INVITE se envió antes de recopilar todos los dígitos.</translation>
    </message>
    <message>
        <source>Carries cause=28; compare it with the called number actually sent.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=28; compárela con el número llamado que se envió realmente.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 1 means the format is fine but the number is unassigned.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>La causa 1 significa que el formato es correcto, pero el número no está asignado.</translation>
    </message>
    <message>
        <source>Cause 5 is the specific case of a leftover trunk prefix.</source>
        <comment>related q850:5</comment>
        <extracomment>How q850:5 differs</extracomment>
        <translation>La causa 5 es el caso específico de un prefijo de troncal sobrante.</translation>
    </message>
</context>
<context>
    <name>q850:29</name>
    <message>
        <source>Facility rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Facilidad rechazada</translation>
    </message>
    <message>
        <source>The network cannot provide a supplementary service the call asked for.</source>
        <comment>summary</comment>
        <translation>La red no puede proporcionar un servicio suplementario que solicitó la llamada.</translation>
    </message>
    <message>
        <source>A facility or supplementary service requested by the user cannot be provided by the network. RFC 3398 renders it as 501 Not Implemented.</source>
        <comment>description</comment>
        <translation>La red no puede proporcionar una facilidad o un servicio suplementario solicitado por el usuario. La RFC 3398 la traduce como 501 Not Implemented.</translation>
    </message>
    <message>
        <source>Seen in a 501 with Reason: Q.850;cause=29 when the INVITE or its SIP-I body requests a service the carrier does not offer.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en un 501 con Reason: Q.850;cause=29 cuando el INVITE o su cuerpo SIP-I solicita un servicio que el operador no ofrece.</translation>
    </message>
    <message>
        <source>A PSTN exchange that refuses a requested supplementary service.</source>
        <comment>sentBy</comment>
        <translation>Una central PSTN que rechaza un servicio suplementario solicitado.</translation>
    </message>
    <message>
        <source>Retry without the rejected service.</source>
        <comment>retryNote</comment>
        <translation>Reintente sin el servicio rechazado.</translation>
    </message>
    <message>
        <source>Identify which service was requested (for example through SIP-I parameters or special headers).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique qué servicio se solicitó (por ejemplo, mediante parámetros SIP-I o cabeceras especiales).</translation>
    </message>
    <message>
        <source>Remove the service request and retry the call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Elimine la solicitud del servicio y reintente la llamada.</translation>
    </message>
    <message>
        <source>Ask the carrier whether the service can be enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pregunte al operador si se puede habilitar el servicio.</translation>
    </message>
    <message>
        <source>Carries cause=29; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=29; el diagnóstico puede identificar la facilidad.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 intends for this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 prevé para esta causa.</translation>
    </message>
    <message>
        <source>Cause 50 means the user has not subscribed to the service.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>La causa 50 significa que el usuario no está abonado al servicio.</translation>
    </message>
    <message>
        <source>Cause 69 means the service is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>La causa 69 significa que el servicio no está implementado en absoluto.</translation>
    </message>
</context>
<context>
    <name>q850:3</name>
    <message>
        <source>No route to destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No hay ruta hacia el destino</translation>
    </message>
    <message>
        <source>The network the call reached does not serve the requested destination.</source>
        <comment>summary</comment>
        <translation>La red a la que llegó la llamada no da servicio al destino solicitado.</translation>
    </message>
    <message>
        <source>The number may be valid, but the network through which the call was routed has no way to reach that destination. Support for this cause depends on the network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>El número puede ser válido, pero la red por la que se encaminó la llamada no tiene forma de alcanzar ese destino. El soporte de esta causa depende de la red. La RFC 3398 la traduce como 404 Not Found.</translation>
    </message>
    <message>
        <source>A carrier returns 404 with Reason: Q.850;cause=3 for destinations not enabled on the account, such as certain international ranges, premium or short codes.</source>
        <comment>seenWhen</comment>
        <translation>Un operador devuelve 404 con Reason: Q.850;cause=3 para destinos no habilitados en la cuenta, como determinados rangos internacionales, números de tarificación especial o códigos cortos.</translation>
    </message>
    <message>
        <source>A carrier or transit switch that has no route for the destination; Asterisk also uses it when a dialled extension is not found in the context.</source>
        <comment>sentBy</comment>
        <translation>Un operador o conmutador de tránsito que no tiene ruta para el destino; Asterisk también la utiliza cuando no encuentra en el contexto una extensión marcada.</translation>
    </message>
    <message>
        <source>Do not repeat the call on the same route. A least-cost router may advance to a carrier that serves the destination.</source>
        <comment>retryNote</comment>
        <translation>No repita la llamada por la misma ruta. Un enrutador de menor coste puede pasar a un operador que dé servicio al destino.</translation>
    </message>
    <message>
        <source>Check whether the destination class (international, premium, short code) is enabled on the carrier account.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la clase de destino (internacional, tarificación especial, código corto) está habilitada en la cuenta del operador.</translation>
    </message>
    <message>
        <source>Verify the outbound route selected for this prefix in the PBX or SBC routing table.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verifique la ruta saliente seleccionada para este prefijo en la tabla de encaminamiento de la PBX o del SBC.</translation>
    </message>
    <message>
        <source>Test through a different carrier to separate routing from number problems.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pruebe a través de otro operador para distinguir los problemas de encaminamiento de los del número.</translation>
    </message>
    <message>
        <source>Carries cause=3; the location field shows how far the call got.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=3; el campo de ubicación muestra hasta dónde llegó la llamada.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>La causa 1 significa que el número no está asignado en absoluto.</translation>
    </message>
    <message>
        <source>Cause 2 is about a requested transit network, not the destination.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation>La causa 2 se refiere a una red de tránsito solicitada, no al destino.</translation>
    </message>
</context>
<context>
    <name>q850:30</name>
    <message>
        <source>Response to STATUS ENQUIRY</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Respuesta a STATUS ENQUIRY</translation>
    </message>
    <message>
        <source>A STATUS message is being sent as the answer to a STATUS ENQUIRY.</source>
        <comment>summary</comment>
        <translation>Se envía un mensaje STATUS como respuesta a un STATUS ENQUIRY.</translation>
    </message>
    <message>
        <source>In ISDN access signalling this cause appears in a STATUS message generated because a STATUS ENQUIRY was received. It is not a call release reason, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>En la señalización de acceso ISDN, esta causa aparece en un mensaje STATUS generado por haberse recibido un STATUS ENQUIRY. No es un motivo de liberación de la llamada y la RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>If a SIP call fails with Reason: Q.850;cause=30, the gateway has copied the cause of a status exchange on the PRI, which usually points to a call state mismatch on the D-channel.</source>
        <comment>seenWhen</comment>
        <translation>Si una llamada SIP falla con Reason: Q.850;cause=30, el gateway ha copiado la causa de un intercambio de estado en el PRI, lo que suele indicar una discrepancia del estado de la llamada en el canal D.</translation>
    </message>
    <message>
        <source>ISDN equipment answering a status enquiry.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN que responden a una consulta de estado.</translation>
    </message>
    <message>
        <source>There is nothing to retry directly; look for the real failure in the PRI trace.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar directamente; busque el fallo real en la traza del PRI.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace on the PRI and look for STATUS ENQUIRY and STATUS messages around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Capture la traza Q.931 en el PRI y busque mensajes STATUS ENQUIRY y STATUS alrededor del fallo.</translation>
    </message>
    <message>
        <source>Check whether the gateway and the switch disagree on the call state.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe si el gateway y el conmutador discrepan sobre el estado de la llamada.</translation>
    </message>
    <message>
        <source>Review the gateway&apos;s mapping of unexpected causes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise cómo asigna el gateway las causas inesperadas.</translation>
    </message>
    <message>
        <source>Carries cause=30; on its own it does not explain a failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=30; por sí sola no explica un fallo.</translation>
    </message>
    <message>
        <source>Cause 101 reports a message not compatible with the call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>La causa 101 notifica un mensaje no compatible con el estado de la llamada.</translation>
    </message>
    <message>
        <source>Cause 98 also covers call state mismatches.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>La causa 98 también abarca las discrepancias de estado de la llamada.</translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>La causa 31 es el evento normal genérico.</translation>
    </message>
</context>
<context>
    <name>q850:31</name>
    <message>
        <source>Normal, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Normal, sin especificar</translation>
    </message>
    <message>
        <source>A normal-class event that fits no more specific cause.</source>
        <comment>summary</comment>
        <translation>Un evento de la clase normal al que no corresponde ninguna causa más específica.</translation>
    </message>
    <message>
        <source>Used to report a normal event only when no other cause in the normal class applies. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>Se utiliza para notificar un evento normal solo cuando no se aplica ninguna otra causa de la clase normal. La RFC 3398 la traduce como 480 Temporarily Unavailable.</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=31 from carriers whose switch has no better cause, or a BYE with cause 31 instead of 16.</source>
        <comment>seenWhen</comment>
        <translation>Un 480 con Reason: Q.850;cause=31 de operadores cuyo conmutador no dispone de una causa mejor, o un BYE con causa 31 en lugar de 16.</translation>
    </message>
    <message>
        <source>Switches and gateways that fall back to a generic normal cause.</source>
        <comment>sentBy</comment>
        <translation>Conmutadores y gateways que recurren a una causa normal genérica.</translation>
    </message>
    <message>
        <source>A later attempt may succeed; repeated failures need the carrier&apos;s own logs.</source>
        <comment>retryNote</comment>
        <translation>Un intento posterior puede tener éxito; los fallos repetidos requieren los registros del propio operador.</translation>
    </message>
    <message>
        <source>Check the text parameter in the Reason header for a vendor-specific explanation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise el parámetro text de la cabecera Reason en busca de una explicación específica del fabricante.</translation>
    </message>
    <message>
        <source>Retry the call to see if the failure is consistent.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reintente la llamada para ver si el fallo es sistemático.</translation>
    </message>
    <message>
        <source>Ask the carrier for their internal release reason with the Call-ID.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pida al operador su motivo de liberación interno indicando el Call-ID.</translation>
    </message>
    <message>
        <source>Carries cause=31; the text parameter sometimes holds more detail.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=31; a veces el parámetro text contiene más detalles.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 16 is the specific normal clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>La causa 16 es la liberación normal específica.</translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>La causa 127 es la causa genérica de interfuncionamiento.</translation>
    </message>
</context>
<context>
    <name>q850:34</name>
    <message>
        <source>No circuit/channel available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No hay circuito/canal disponible</translation>
    </message>
    <message>
        <source>No suitable circuit or channel is free to carry the call right now.</source>
        <comment>summary</comment>
        <translation>En este momento no hay ningún circuito o canal adecuado libre para cursar la llamada.</translation>
    </message>
    <message>
        <source>There is no appropriate circuit or channel available at the moment to handle the call. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>En este momento no hay ningún circuito o canal apropiado disponible para tratar la llamada. La RFC 3398 la traduce como 503 Service Unavailable.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=34 from a carrier when your trunk&apos;s concurrent call limit is reached, or from a PRI gateway with all B-channels busy.</source>
        <comment>seenWhen</comment>
        <translation>Un 503 con Reason: Q.850;cause=34 de un operador cuando se alcanza el límite de llamadas simultáneas de su troncal, o de un gateway PRI con todos los canales B ocupados.</translation>
    </message>
    <message>
        <source>Carriers, PRI gateways and PBXs that have run out of trunk capacity.</source>
        <comment>sentBy</comment>
        <translation>Operadores, gateways PRI y PBX que se han quedado sin capacidad de troncal.</translation>
    </message>
    <message>
        <source>Route advance to another trunk or carrier is appropriate. The same trunk may be retried after Retry-After or once calls have ended.</source>
        <comment>retryNote</comment>
        <translation>Es adecuado pasar a otra troncal u otro operador. Se puede reintentar por la misma troncal después del Retry-After o cuando hayan terminado llamadas.</translation>
    </message>
    <message>
        <source>Compare the number of active calls with the channel or concurrency limit on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare el número de llamadas activas con el límite de canales o de simultaneidad de la troncal.</translation>
    </message>
    <message>
        <source>Look at Retry-After and spread traffic over other trunks or carriers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Consulte Retry-After y reparta el tráfico entre otras troncales u operadores.</translation>
    </message>
    <message>
        <source>Ask the carrier whether the route to the destination is congested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pregunte al operador si la ruta hacia el destino está congestionada.</translation>
    </message>
    <message>
        <source>Carries cause=34; a location in the local network usually means your own trunk is full.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=34; una ubicación en la red local suele indicar que su propia troncal está llena.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Un gateway que está descartando carga puede indicar aquí cuánto tiempo esperar antes de enviar nuevas llamadas.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 42 is congestion in the switch itself.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation>La causa 42 es una congestión en el propio conmutador.</translation>
    </message>
    <message>
        <source>Cause 44 means one specific requested channel was unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>La causa 44 significa que un canal concreto solicitado no estaba disponible.</translation>
    </message>
</context>
<context>
    <name>q850:38</name>
    <message>
        <source>Network out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Red fuera de servicio</translation>
    </message>
    <message>
        <source>The network is not working and the problem is likely to last a while.</source>
        <comment>summary</comment>
        <translation>La red no funciona y es probable que el problema dure un tiempo.</translation>
    </message>
    <message>
        <source>The network is not functioning correctly and the condition is expected to last for a relatively long period, so an immediate new attempt is unlikely to work. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>La red no funciona correctamente y se prevé que la situación dure un periodo relativamente largo, por lo que es poco probable que un nuevo intento inmediato funcione. La RFC 3398 la traduce como 503 Service Unavailable.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=38 during a carrier outage or when the gateway has lost its SS7 or PRI link.</source>
        <comment>seenWhen</comment>
        <translation>Un 503 con Reason: Q.850;cause=38 durante una caída del operador o cuando el gateway ha perdido su enlace SS7 o PRI.</translation>
    </message>
    <message>
        <source>A carrier network or gateway that has lost connectivity.</source>
        <comment>sentBy</comment>
        <translation>Una red de operador o un gateway que ha perdido la conectividad.</translation>
    </message>
    <message>
        <source>Do not hammer the same route; fail over to another carrier and retry this one later, honouring Retry-After.</source>
        <comment>retryNote</comment>
        <translation>No sature la misma ruta con intentos; conmute a otro operador y reintente por esta más tarde, respetando Retry-After.</translation>
    </message>
    <message>
        <source>Check the carrier&apos;s status page or NOC for an outage.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Consulte la página de estado o el NOC del operador por si hay una caída.</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s TDM links (SS7 signalling, PRI D-channel).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise los enlaces TDM del gateway (señalización SS7, canal D del PRI).</translation>
    </message>
    <message>
        <source>Fail over to another carrier until service returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Conmute a otro operador hasta que se restablezca el servicio.</translation>
    </message>
    <message>
        <source>Carries cause=38; it suggests an outage rather than a momentary glitch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=38; sugiere una caída del servicio más que un fallo momentáneo.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Un gateway que está descartando carga puede indicar aquí cuánto tiempo esperar antes de enviar nuevas llamadas.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 41 is the short-lived variant where an immediate retry may work.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>La causa 41 es la variante de corta duración, en la que un reintento inmediato puede funcionar.</translation>
    </message>
    <message>
        <source>Cause 27 is a failure at the destination rather than in the network.</source>
        <comment>related q850:27</comment>
        <extracomment>How q850:27 differs</extracomment>
        <translation>La causa 27 es un fallo en el destino y no en la red.</translation>
    </message>
</context>
<context>
    <name>q850:39</name>
    <message>
        <source>Permanent frame mode connection out of service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Conexión en modo trama permanente fuera de servicio</translation>
    </message>
    <message>
        <source>A permanently established frame mode connection is out of service.</source>
        <comment>summary</comment>
        <translation>Una conexión en modo trama establecida de forma permanente está fuera de servicio.</translation>
    </message>
    <message>
        <source>Reports that a permanent frame mode connection, for example a frame relay circuit, is out of service because of equipment or section failure. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Notifica que una conexión permanente en modo trama, por ejemplo un circuito Frame Relay, está fuera de servicio por un fallo de equipo o de sección. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Rarely seen on SIP trunks; it appears only if a gateway relays a cause from a frame mode data service.</source>
        <comment>seenWhen</comment>
        <translation>Rara vez aparece en troncales SIP; solo se ve si un gateway retransmite una causa de un servicio de datos en modo trama.</translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation>Equipos de red que gestionan conexiones permanentes en modo trama.</translation>
    </message>
    <message>
        <source>Use another path until the connection is restored.</source>
        <comment>retryNote</comment>
        <translation>Utilice otro trayecto hasta que se restablezca la conexión.</translation>
    </message>
    <message>
        <source>Check the status of the underlying frame mode or leased circuit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el estado del circuito subyacente en modo trama o del circuito alquilado.</translation>
    </message>
    <message>
        <source>Contact the provider of the permanent connection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Póngase en contacto con el proveedor de la conexión permanente.</translation>
    </message>
    <message>
        <source>Route over an alternative path until it is restored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Encamine por un trayecto alternativo hasta que se restablezca.</translation>
    </message>
    <message>
        <source>Carries cause=39; unusual in voice calls.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=39; poco habitual en llamadas de voz.</translation>
    </message>
    <message>
        <source>Cause 40 reports that the connection works again.</source>
        <comment>related q850:40</comment>
        <extracomment>How q850:40 differs</extracomment>
        <translation>La causa 40 notifica que la conexión vuelve a funcionar.</translation>
    </message>
    <message>
        <source>Cause 38 is a general network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>La causa 38 es un fallo general de la red.</translation>
    </message>
</context>
<context>
    <name>q850:4</name>
    <message>
        <source>Send special information tone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Enviar tono especial de información</translation>
    </message>
    <message>
        <source>The called party cannot be reached for a long-term reason and an information tone should be played.</source>
        <comment>summary</comment>
        <translation>No se puede alcanzar a la parte llamada por un motivo de larga duración y debe reproducirse un tono de información.</translation>
    </message>
    <message>
        <source>The network signals that the destination is unreachable for reasons of a lasting nature and that the caller should hear a special information tone. RFC 3398 has no row for this cause, so the SIP code depends on the gateway.</source>
        <comment>description</comment>
        <translation>La red indica que el destino es inalcanzable por motivos de carácter duradero y que el llamante debe oír un tono especial de información. La RFC 3398 no tiene ninguna fila para esta causa, por lo que el código SIP depende del gateway.</translation>
    </message>
    <message>
        <source>Appears in the Reason header of a 4xx or 5xx response from a PSTN gateway when the far network wants an intercept tone, for example for numbers out of service.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en la cabecera Reason de una respuesta 4xx o 5xx de un gateway PSTN cuando la red remota requiere un tono de interceptación, por ejemplo para números fuera de servicio.</translation>
    </message>
    <message>
        <source>A PSTN exchange that wants the caller to hear an intercept tone or announcement.</source>
        <comment>sentBy</comment>
        <translation>Una central PSTN que quiere que el llamante oiga un tono o una locución de interceptación.</translation>
    </message>
    <message>
        <source>The condition is long term, so automatic retries are pointless until the number is corrected.</source>
        <comment>retryNote</comment>
        <translation>La situación es de larga duración, por lo que los reintentos automáticos no sirven de nada hasta que se corrija el número.</translation>
    </message>
    <message>
        <source>Listen to any early media (183 with SDP) for an intercept announcement explaining the reason.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Escuche el early media (183 con SDP), si lo hay, por si contiene una locución de interceptación que explique el motivo.</translation>
    </message>
    <message>
        <source>Check that the number is still in service and correctly dialled.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe que el número sigue en servicio y que se ha marcado correctamente.</translation>
    </message>
    <message>
        <source>Ask the carrier what condition triggered the tone if the number should be valid.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el número debería ser válido, pregunte al operador qué situación provocó el tono.</translation>
    </message>
    <message>
        <source>Carries cause=4; the SIP status code chosen by the gateway varies.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=4; el código de estado SIP que elige el gateway varía.</translation>
    </message>
    <message>
        <source>A common SIP rendering for an unreachable number; RFC 3398 itself has no row for cause 4.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Una traducción a SIP habitual para un número inalcanzable; la propia RFC 3398 no tiene ninguna fila para la causa 4.</translation>
    </message>
    <message>
        <source>Cause 1 is the specific case of an unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>La causa 1 es el caso específico de un número no asignado.</translation>
    </message>
    <message>
        <source>Cause 22 covers a number that has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>La causa 22 abarca un número que ha cambiado.</translation>
    </message>
</context>
<context>
    <name>q850:40</name>
    <message>
        <source>Permanent frame mode connection operational</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Conexión en modo trama permanente operativa</translation>
    </message>
    <message>
        <source>A permanent frame mode connection is working again.</source>
        <comment>summary</comment>
        <translation>Una conexión permanente en modo trama vuelve a funcionar.</translation>
    </message>
    <message>
        <source>Reports that a permanently established frame mode connection is operational and able to carry user information. It is informational and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Notifica que una conexión en modo trama establecida de forma permanente está operativa y puede transportar información de usuario. Es informativa y la RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Not a call failure; it would appear only if a gateway relays frame mode status into a SIP Reason header.</source>
        <comment>seenWhen</comment>
        <translation>No es un fallo de llamada; solo aparecería si un gateway retransmite el estado del modo trama en una cabecera Reason de SIP.</translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation>Equipos de red que gestionan conexiones permanentes en modo trama.</translation>
    </message>
    <message>
        <source>Nothing to retry; the cause reports a restored connection.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; la causa notifica una conexión restablecida.</translation>
    </message>
    <message>
        <source>Treat it as a status notice rather than an error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Trátela como un aviso de estado y no como un error.</translation>
    </message>
    <message>
        <source>If it appears on a failed voice call, review the gateway&apos;s cause mapping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si aparece en una llamada de voz fallida, revise la asignación de causas del gateway.</translation>
    </message>
    <message>
        <source>Carries cause=40; informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=40; informativa.</translation>
    </message>
    <message>
        <source>Cause 39 reports that the connection is out of service.</source>
        <comment>related q850:39</comment>
        <extracomment>How q850:39 differs</extracomment>
        <translation>La causa 39 notifica que la conexión está fuera de servicio.</translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary end of a call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>La causa 16 es la finalización ordinaria de una llamada.</translation>
    </message>
</context>
<context>
    <name>q850:41</name>
    <message>
        <source>Temporary failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Fallo temporal</translation>
    </message>
    <message>
        <source>A short-lived network problem; trying again soon may work.</source>
        <comment>summary</comment>
        <translation>Un problema de red de corta duración; volver a intentarlo en breve puede funcionar.</translation>
    </message>
    <message>
        <source>The network is not functioning correctly, but the condition is not expected to last long, so another attempt almost immediately may succeed. RFC 3398 renders it as 503 Service Unavailable and also uses it for 400, 481, 500 and 503 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>La red no funciona correctamente, pero no se prevé que la situación dure mucho, por lo que otro intento casi inmediato puede tener éxito. La RFC 3398 la traduce como 503 Service Unavailable y también la utiliza para 400, 481, 500 y 503 en el sentido SIP a ISUP.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=41 from a carrier during brief resource or signalling hiccups, or a REL with cause 41 when your side answered with a 5xx.</source>
        <comment>seenWhen</comment>
        <translation>Un 503 con Reason: Q.850;cause=41 de un operador durante breves problemas de recursos o de señalización, o un REL con causa 41 cuando su lado respondió con un 5xx.</translation>
    </message>
    <message>
        <source>Carriers and gateways reporting a transient internal or network problem.</source>
        <comment>sentBy</comment>
        <translation>Operadores y gateways que notifican un problema transitorio interno o de red.</translation>
    </message>
    <message>
        <source>An immediate retry or route advance is reasonable; honour Retry-After if present.</source>
        <comment>retryNote</comment>
        <translation>Es razonable reintentar de inmediato o pasar a la siguiente ruta; respete Retry-After si está presente.</translation>
    </message>
    <message>
        <source>Retry the call, or let the router advance to the next carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Reintente la llamada o deje que el enrutador pase al siguiente operador.</translation>
    </message>
    <message>
        <source>Check the failure rate over time; a steady rate points to a persistent problem despite the cause.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise la tasa de fallos a lo largo del tiempo; una tasa constante apunta a un problema persistente pese a la causa.</translation>
    </message>
    <message>
        <source>Give the carrier Call-IDs if the temporary failures continue.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Facilite Call-IDs al operador si los fallos temporales continúan.</translation>
    </message>
    <message>
        <source>Carries cause=41; it invites an immediate retry.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=41; invita a un reintento inmediato.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Un gateway que está descartando carga puede indicar aquí cuánto tiempo esperar antes de enviar nuevas llamadas.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 38 is the long-lasting network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>La causa 38 es el fallo de red de larga duración.</translation>
    </message>
    <message>
        <source>Cause 42 is switch congestion.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation>La causa 42 es la congestión del conmutador.</translation>
    </message>
</context>
<context>
    <name>q850:42</name>
    <message>
        <source>Switching equipment congestion</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Congestión del equipo de conmutación</translation>
    </message>
    <message>
        <source>The switch handling the call is overloaded.</source>
        <comment>summary</comment>
        <translation>El conmutador que trata la llamada está sobrecargado.</translation>
    </message>
    <message>
        <source>The switching equipment that generated the cause is under high traffic load. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>El equipo de conmutación que generó la causa soporta una carga de tráfico elevada. La RFC 3398 la traduce como 503 Service Unavailable.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=42 during traffic peaks or when calls are sent faster than the carrier&apos;s calls-per-second limit.</source>
        <comment>seenWhen</comment>
        <translation>Un 503 con Reason: Q.850;cause=42 durante picos de tráfico o cuando se envían llamadas más rápido de lo que permite el límite de llamadas por segundo del operador.</translation>
    </message>
    <message>
        <source>An overloaded carrier switch, SBC or gateway.</source>
        <comment>sentBy</comment>
        <translation>Un conmutador, SBC o gateway del operador sobrecargado.</translation>
    </message>
    <message>
        <source>Route advance is appropriate; retry the congested route only after Retry-After or a back-off.</source>
        <comment>retryNote</comment>
        <translation>Es adecuado pasar a la siguiente ruta; reintente por la ruta congestionada solo después del Retry-After o de un tiempo de espera progresivo (back-off).</translation>
    </message>
    <message>
        <source>Check your call attempt rate against the carrier&apos;s CPS limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare su tasa de intentos de llamada con el límite de CPS del operador.</translation>
    </message>
    <message>
        <source>Honour Retry-After and pace new attempts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Respete Retry-After y espacie los nuevos intentos.</translation>
    </message>
    <message>
        <source>Spread traffic over other carriers during peaks.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reparta el tráfico entre otros operadores durante los picos.</translation>
    </message>
    <message>
        <source>Carries cause=42; the location shows which network is congested.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=42; la ubicación muestra qué red está congestionada.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Un gateway que está descartando carga puede indicar aquí cuánto tiempo esperar antes de enviar nuevas llamadas.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits rather than switch overload.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>La causa 34 es una falta de circuitos y no una sobrecarga del conmutador.</translation>
    </message>
    <message>
        <source>Cause 41 is a transient failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>La causa 41 es un fallo transitorio.</translation>
    </message>
</context>
<context>
    <name>q850:43</name>
    <message>
        <source>Access information discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Información de acceso descartada</translation>
    </message>
    <message>
        <source>Some access information could not be delivered to the remote user.</source>
        <comment>summary</comment>
        <translation>Parte de la información de acceso no se pudo entregar al usuario remoto.</translation>
    </message>
    <message>
        <source>The network could not pass on access information the user sent, such as user-to-user information, compatibility information or a subaddress; the diagnostic says which element was dropped. The call itself may continue, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>La red no pudo transmitir información de acceso enviada por el usuario, como información de usuario a usuario, información de compatibilidad o una subdirección; el diagnóstico indica qué elemento se descartó. La llamada en sí puede continuar, y la RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Occasionally visible in a Reason header when a gateway relays this cause from an ISDN progress or release message, often on calls carrying user-to-user information.</source>
        <comment>seenWhen</comment>
        <translation>A veces se ve en una cabecera Reason cuando un gateway retransmite esta causa desde un mensaje de progreso o de liberación ISDN, a menudo en llamadas que llevan información de usuario a usuario.</translation>
    </message>
    <message>
        <source>An ISDN network that dropped part of the call information.</source>
        <comment>sentBy</comment>
        <translation>Una red ISDN que descartó parte de la información de la llamada.</translation>
    </message>
    <message>
        <source>Usually nothing to retry; the call can proceed without the discarded information.</source>
        <comment>retryNote</comment>
        <translation>Normalmente no hay nada que reintentar; la llamada puede continuar sin la información descartada.</translation>
    </message>
    <message>
        <source>Check which information element the diagnostic names.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe qué elemento de información indica el diagnóstico.</translation>
    </message>
    <message>
        <source>Stop sending that information (for example user-to-user data) if the far end cannot take it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Deje de enviar esa información (por ejemplo, datos de usuario a usuario) si el extremo remoto no puede aceptarla.</translation>
    </message>
    <message>
        <source>Treat it as a warning if the call otherwise connected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Trátela como una advertencia si, por lo demás, la llamada se conectó.</translation>
    </message>
    <message>
        <source>Carries cause=43; the cause alone does not mean the call failed.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=43; la causa por sí sola no significa que la llamada haya fallado.</translation>
    </message>
    <message>
        <source>Cause 29 rejects a requested facility outright.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>La causa 29 rechaza de plano una facilidad solicitada.</translation>
    </message>
    <message>
        <source>Cause 99 concerns unrecognised elements rather than undeliverable ones.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>La causa 99 se refiere a elementos no reconocidos y no a elementos que no se pueden entregar.</translation>
    </message>
    <message>
        <source>A possible SIP rendering if the gateway fails the call; RFC 3398 has no row for cause 43.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation>Una posible traducción a SIP si el gateway hace fallar la llamada; la RFC 3398 no tiene ninguna fila para la causa 43.</translation>
    </message>
</context>
<context>
    <name>q850:44</name>
    <message>
        <source>Requested circuit/channel not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Circuito/canal solicitado no disponible</translation>
    </message>
    <message>
        <source>The specific circuit or channel asked for cannot be provided.</source>
        <comment>summary</comment>
        <translation>No se puede proporcionar el circuito o canal concreto que se solicitó.</translation>
    </message>
    <message>
        <source>The circuit or channel requested by the other side cannot be provided, for example when an exclusive channel request collides with a channel already in use. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>No se puede proporcionar el circuito o canal solicitado por el otro lado, por ejemplo cuando una solicitud de canal exclusivo colisiona con un canal que ya está en uso. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a 5xx from a PRI or ISUP gateway when channel selection collides, such as two sides grabbing the same B-channel or CIC.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en la cabecera Reason de un 5xx de un gateway PRI o ISUP cuando colisiona la selección de canales, por ejemplo cuando ambos lados ocupan el mismo canal B o CIC.</translation>
    </message>
    <message>
        <source>PRI and ISUP equipment on either side of a trunk.</source>
        <comment>sentBy</comment>
        <translation>Equipos PRI e ISUP a cualquiera de los dos lados de una troncal.</translation>
    </message>
    <message>
        <source>Retry on another channel, span or gateway.</source>
        <comment>retryNote</comment>
        <translation>Reintente por otro canal, otro span u otro gateway.</translation>
    </message>
    <message>
        <source>Check whether both sides use exclusive channel selection and pick channels from the same end.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si ambos lados utilizan selección de canal exclusiva y eligen los canales desde el mismo extremo.</translation>
    </message>
    <message>
        <source>Configure opposite hunting directions to reduce glare.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Configure sentidos de búsqueda opuestos para reducir el glare (ocupación simultánea).</translation>
    </message>
    <message>
        <source>Check for circuits blocked on one side but not the other.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Busque circuitos bloqueados en un lado pero no en el otro.</translation>
    </message>
    <message>
        <source>Carries cause=44; it points to the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=44; apunta al lado TDM del gateway.</translation>
    </message>
    <message>
        <source>Cause 34 means no channel at all is free.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>La causa 34 significa que no hay ningún canal libre.</translation>
    </message>
    <message>
        <source>Cause 6 means the offered channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>La causa 6 significa que el canal ofrecido es inaceptable.</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 44.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Una traducción a SIP probable; la RFC 3398 no tiene ninguna fila para la causa 44.</translation>
    </message>
</context>
<context>
    <name>q850:46</name>
    <message>
        <source>Precedence call blocked</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Llamada con precedencia bloqueada</translation>
    </message>
    <message>
        <source>A precedence call could not be completed because no preemptable resource was available.</source>
        <comment>summary</comment>
        <translation>No se pudo completar una llamada con precedencia porque no había ningún recurso susceptible de prioridad (preemption) disponible.</translation>
    </message>
    <message>
        <source>In MLPP networks, the call was blocked because there are no preemptable circuits, or the called user is busy with a call of equal or higher precedence. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>En las redes MLPP, la llamada se bloqueó porque no hay circuitos susceptibles de preemption o porque el usuario llamado está ocupado con una llamada de precedencia igual o superior. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen in government or defence networks using MLPP, in the Reason header of a failure response for a priority call.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en redes gubernamentales o de defensa que utilizan MLPP, en la cabecera Reason de una respuesta de fallo para una llamada prioritaria.</translation>
    </message>
    <message>
        <source>An MLPP-capable exchange.</source>
        <comment>sentBy</comment>
        <translation>Una central compatible con MLPP.</translation>
    </message>
    <message>
        <source>Retry later, or with higher precedence only if policy allows it.</source>
        <comment>retryNote</comment>
        <translation>Reintente más tarde, o con una precedencia mayor solo si la política lo permite.</translation>
    </message>
    <message>
        <source>Check the precedence level in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el nivel de precedencia en la cabecera Resource-Priority.</translation>
    </message>
    <message>
        <source>Retry later or at a higher precedence if authorised.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reintente más tarde o con una precedencia mayor si está autorizado.</translation>
    </message>
    <message>
        <source>Review capacity on the affected route with the network operator.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise con el operador de red la capacidad de la ruta afectada.</translation>
    </message>
    <message>
        <source>Carries cause=46.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=46.</translation>
    </message>
    <message>
        <source>Shows the precedence the call requested.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>Muestra la precedencia que solicitó la llamada.</translation>
    </message>
    <message>
        <source>Cause 8 preempts an existing call.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation>La causa 8 desplaza (preemption) una llamada existente.</translation>
    </message>
    <message>
        <source>Cause 17 is an ordinary busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>La causa 17 es un ocupado ordinario.</translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits without precedence.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>La causa 34 es una falta de circuitos sin precedencia.</translation>
    </message>
</context>
<context>
    <name>q850:47</name>
    <message>
        <source>Resource unavailable, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Recurso no disponible, sin especificar</translation>
    </message>
    <message>
        <source>A needed resource is unavailable and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>No está disponible un recurso necesario y no se aplica ninguna causa más específica.</translation>
    </message>
    <message>
        <source>Reports a resource unavailable event only when no other cause in that class fits. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>Notifica un evento de recurso no disponible solo cuando no corresponde ninguna otra causa de esa clase. La RFC 3398 la traduce como 503 Service Unavailable.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=47 when a gateway runs out of DSP or transcoding resources, or a carrier has an unnamed resource shortage.</source>
        <comment>seenWhen</comment>
        <translation>Un 503 con Reason: Q.850;cause=47 cuando un gateway se queda sin recursos de DSP o de transcodificación, o un operador sufre una escasez de recursos no especificada.</translation>
    </message>
    <message>
        <source>Gateways and switches out of an internal resource.</source>
        <comment>sentBy</comment>
        <translation>Gateways y conmutadores que se han quedado sin un recurso interno.</translation>
    </message>
    <message>
        <source>Try another route now; retry this one after Retry-After or when load drops.</source>
        <comment>retryNote</comment>
        <translation>Pruebe ahora otra ruta; reintente por esta después del Retry-After o cuando baje la carga.</translation>
    </message>
    <message>
        <source>Check DSP, transcoder and media port usage on the gateway or SBC.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise el uso de DSP, transcodificadores y puertos de medios en el gateway o el SBC.</translation>
    </message>
    <message>
        <source>Offer codecs that avoid transcoding.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Ofrezca códecs que eviten la transcodificación.</translation>
    </message>
    <message>
        <source>Route advance to another gateway while resources are exhausted.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pase a otro gateway mientras los recursos estén agotados.</translation>
    </message>
    <message>
        <source>Carries cause=47; the text parameter may name the resource.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=47; el parámetro text puede indicar el recurso.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Un gateway que está descartando carga puede indicar aquí cuánto tiempo esperar antes de enviar nuevas llamadas.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 34 is the specific lack of circuits.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>La causa 34 es la falta específica de circuitos.</translation>
    </message>
    <message>
        <source>Cause 58 is a temporary lack of the requested bearer.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>La causa 58 es una falta temporal de la portadora solicitada.</translation>
    </message>
</context>
<context>
    <name>q850:49</name>
    <message>
        <source>Quality of Service not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Calidad de servicio no disponible</translation>
    </message>
    <message>
        <source>The requested quality of service cannot be provided.</source>
        <comment>summary</comment>
        <translation>No se puede proporcionar la calidad de servicio solicitada.</translation>
    </message>
    <message>
        <source>The network cannot deliver the quality of service that was requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>La red no puede ofrecer la calidad de servicio que se solicitó. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Rare on voice trunks; a gateway may relay it in a Reason header when an ISDN or data service cannot meet a requested QoS.</source>
        <comment>seenWhen</comment>
        <translation>Poco frecuente en troncales de voz; un gateway puede retransmitirla en una cabecera Reason cuando un servicio ISDN o de datos no puede cumplir una QoS solicitada.</translation>
    </message>
    <message>
        <source>Network equipment that cannot meet a QoS request.</source>
        <comment>sentBy</comment>
        <translation>Equipos de red que no pueden satisfacer una solicitud de QoS.</translation>
    </message>
    <message>
        <source>Another route or default parameters may work.</source>
        <comment>retryNote</comment>
        <translation>Puede funcionar otra ruta o los parámetros por defecto.</translation>
    </message>
    <message>
        <source>Check whether the call requested special bearer or QoS parameters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la llamada solicitó parámetros especiales de portadora o de QoS.</translation>
    </message>
    <message>
        <source>Retry with default service parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reintente con los parámetros de servicio por defecto.</translation>
    </message>
    <message>
        <source>Try another route with more capacity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pruebe otra ruta con más capacidad.</translation>
    </message>
    <message>
        <source>Carries cause=49.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=49.</translation>
    </message>
    <message>
        <source>Cause 47 is the general resource shortage.</source>
        <comment>related q850:47</comment>
        <extracomment>How q850:47 differs</extracomment>
        <translation>La causa 47 es la escasez general de recursos.</translation>
    </message>
    <message>
        <source>Cause 58 is a bearer that is temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>La causa 58 es una portadora temporalmente no disponible.</translation>
    </message>
</context>
<context>
    <name>q850:5</name>
    <message>
        <source>Misdialled trunk prefix (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Prefijo de troncal marcado erróneamente (uso nacional)</translation>
    </message>
    <message>
        <source>The called number wrongly includes a national trunk prefix.</source>
        <comment>summary</comment>
        <translation>El número llamado incluye por error un prefijo de troncal nacional.</translation>
    </message>
    <message>
        <source>The called number contains a trunk prefix, such as a leading 0, that should have been removed before the number was sent into the network. RFC 3398 has no row for this cause.</source>
        <comment>description</comment>
        <translation>El número llamado contiene un prefijo de troncal, como un 0 inicial, que debería haberse eliminado antes de enviar el número a la red. La RFC 3398 no tiene ninguna fila para esta causa.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the SBC sends national numbers with the trunk prefix still attached, or prepends a country code without stripping the leading 0.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en la cabecera Reason de una respuesta de fallo cuando el SBC envía números nacionales que aún llevan el prefijo de troncal, o antepone un código de país sin eliminar el 0 inicial.</translation>
    </message>
    <message>
        <source>A national exchange that detects a trunk prefix in the called number.</source>
        <comment>sentBy</comment>
        <translation>Una central nacional que detecta un prefijo de troncal en el número llamado.</translation>
    </message>
    <message>
        <source>Retry only with the number rewritten without the trunk prefix.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con el número reescrito sin el prefijo de troncal.</translation>
    </message>
    <message>
        <source>Compare the Request-URI and To user part with the format the carrier expects (national, international or E.164).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare la parte de usuario de la Request-URI y de To con el formato que espera el operador (nacional, internacional o E.164).</translation>
    </message>
    <message>
        <source>Fix the number normalisation rule so the trunk prefix is stripped when a country code is added.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Corrija la regla de normalización de números para que se elimine el prefijo de troncal al añadir un código de país.</translation>
    </message>
    <message>
        <source>Place a test call and confirm the digits on the carrier side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Realice una llamada de prueba y confirme los dígitos en el lado del operador.</translation>
    </message>
    <message>
        <source>Carries cause=5; the called number in the INVITE is the thing to inspect.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=5; lo que hay que revisar es el número llamado del INVITE.</translation>
    </message>
    <message>
        <source>A likely SIP rendering for a number in the wrong form; RFC 3398 has no row for cause 5.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Una traducción a SIP probable para un número con un formato erróneo; la RFC 3398 no tiene ninguna fila para la causa 5.</translation>
    </message>
    <message>
        <source>Cause 28 covers numbers that are incomplete or in an invalid format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>La causa 28 abarca los números incompletos o con un formato no válido.</translation>
    </message>
    <message>
        <source>Cause 1 is returned when the digits form a valid but unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>La causa 1 se devuelve cuando los dígitos forman un número válido pero no asignado.</translation>
    </message>
</context>
<context>
    <name>q850:50</name>
    <message>
        <source>Requested facility not subscribed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Facilidad solicitada no abonada</translation>
    </message>
    <message>
        <source>The caller asked for a supplementary service it has not subscribed to.</source>
        <comment>summary</comment>
        <translation>El llamante solicitó un servicio suplementario al que no está abonado.</translation>
    </message>
    <message>
        <source>The requested supplementary service is implemented, but the user has not completed the administrative arrangements to use it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El servicio suplementario solicitado está implementado, pero el usuario no ha completado los trámites administrativos para utilizarlo. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen in a failure response when the carrier account lacks a feature the call needs, such as a caller ID option or a service class.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en una respuesta de fallo cuando la cuenta del operador carece de una funcionalidad que la llamada necesita, como una opción de identificador de llamante o una clase de servicio.</translation>
    </message>
    <message>
        <source>A carrier exchange enforcing subscription data.</source>
        <comment>sentBy</comment>
        <translation>Una central del operador que aplica los datos de abono.</translation>
    </message>
    <message>
        <source>Retry without the unsubscribed service, or after subscribing to it.</source>
        <comment>retryNote</comment>
        <translation>Reintente sin el servicio no abonado, o después de abonarse a él.</translation>
    </message>
    <message>
        <source>Identify the service the call requested.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique el servicio que solicitó la llamada.</translation>
    </message>
    <message>
        <source>Check the account features with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe con el operador las funcionalidades de la cuenta.</translation>
    </message>
    <message>
        <source>Retry without the service or after it is enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reintente sin el servicio o después de que se habilite.</translation>
    </message>
    <message>
        <source>Carries cause=50; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=50; el diagnóstico puede identificar la facilidad.</translation>
    </message>
    <message>
        <source>Cause 29 rejects a facility without blaming the subscription.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>La causa 29 rechaza una facilidad sin atribuirlo al abono.</translation>
    </message>
    <message>
        <source>Cause 69 means the facility is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>La causa 69 significa que la facilidad no está implementada en absoluto.</translation>
    </message>
    <message>
        <source>Cause 57 is the bearer capability equivalent.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation>La causa 57 es el equivalente para la capacidad portadora.</translation>
    </message>
</context>
<context>
    <name>q850:53</name>
    <message>
        <source>Outgoing calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Llamadas salientes restringidas dentro del CUG</translation>
    </message>
    <message>
        <source>The caller belongs to the closed user group but may not make outgoing calls in it.</source>
        <comment>summary</comment>
        <translation>El llamante pertenece al grupo cerrado de usuarios, pero no puede realizar llamadas salientes dentro de él.</translation>
    </message>
    <message>
        <source>The calling party is a member of the closed user group (CUG) for the outgoing CUG call, but outgoing calls are not permitted for this member. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>La parte llamante es miembro del grupo cerrado de usuarios (CUG) para la llamada CUG saliente, pero este miembro no tiene permitidas las llamadas salientes. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen on enterprise or virtual private network services built on CUGs, in the Reason header of a rejection.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en servicios empresariales o de red privada virtual basados en CUG, en la cabecera Reason de un rechazo.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation>Una red que aplica las reglas de grupo cerrado de usuarios.</translation>
    </message>
    <message>
        <source>Do not retry until the CUG restrictions are changed.</source>
        <comment>retryNote</comment>
        <translation>No reintente hasta que se modifiquen las restricciones del CUG.</translation>
    </message>
    <message>
        <source>Check the caller&apos;s CUG membership and restrictions with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe con el operador la pertenencia al CUG y las restricciones del llamante.</translation>
    </message>
    <message>
        <source>Place the call without the CUG if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Realice la llamada sin el CUG si la política lo permite.</translation>
    </message>
    <message>
        <source>Ask the administrator to lift the outgoing restriction.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pida al administrador que levante la restricción de salientes.</translation>
    </message>
    <message>
        <source>Carries cause=53.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=53.</translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls to the member instead.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation>La causa 55, en cambio, restringe las llamadas entrantes al miembro.</translation>
    </message>
    <message>
        <source>Cause 87 means a party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>La causa 87 significa que una de las partes no pertenece al CUG.</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 53.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Una traducción a SIP probable; la RFC 3398 no tiene ninguna fila para la causa 53.</translation>
    </message>
</context>
<context>
    <name>q850:55</name>
    <message>
        <source>Incoming calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Llamadas entrantes restringidas dentro del CUG</translation>
    </message>
    <message>
        <source>The called party is in the closed user group but does not accept incoming calls in it.</source>
        <comment>summary</comment>
        <translation>La parte llamada pertenece al grupo cerrado de usuarios, pero no acepta llamadas entrantes dentro de él.</translation>
    </message>
    <message>
        <source>Although the called party is a member of the closed user group for this incoming CUG call, incoming calls are not allowed to this member. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>Aunque la parte llamada es miembro del grupo cerrado de usuarios para esta llamada CUG entrante, este miembro no tiene permitidas las llamadas entrantes. La RFC 3398 la traduce como 403 Forbidden.</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=55 on CUG-based enterprise services.</source>
        <comment>seenWhen</comment>
        <translation>Un 403 con Reason: Q.850;cause=55 en servicios empresariales basados en CUG.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation>Una red que aplica las reglas de grupo cerrado de usuarios.</translation>
    </message>
    <message>
        <source>Do not retry until the restriction is changed.</source>
        <comment>retryNote</comment>
        <translation>No reintente hasta que se modifique la restricción.</translation>
    </message>
    <message>
        <source>Check the called member&apos;s CUG restrictions.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe las restricciones de CUG del miembro llamado.</translation>
    </message>
    <message>
        <source>Ask the administrator to allow incoming calls if appropriate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Pida al administrador que permita las llamadas entrantes si procede.</translation>
    </message>
    <message>
        <source>Reach the party through a non-CUG number if policy allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Contacte con la parte a través de un número ajeno al CUG si la política lo permite.</translation>
    </message>
    <message>
        <source>Carries cause=55.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=55.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing calls for the caller.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation>La causa 53 restringe las llamadas salientes del llamante.</translation>
    </message>
    <message>
        <source>Cause 87 means one party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>La causa 87 significa que una de las partes no pertenece al CUG.</translation>
    </message>
</context>
<context>
    <name>q850:57</name>
    <message>
        <source>Bearer capability not authorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Capacidad portadora no autorizada</translation>
    </message>
    <message>
        <source>The caller asked for a bearer service it is not allowed to use.</source>
        <comment>summary</comment>
        <translation>El llamante solicitó un servicio portador que no tiene autorizado.</translation>
    </message>
    <message>
        <source>The requested bearer capability is implemented by the equipment, but the user is not authorised to use it. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>El equipo implementa la capacidad portadora solicitada, pero el usuario no está autorizado a utilizarla. La RFC 3398 la traduce como 403 Forbidden.</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=57 when a gateway signals a data or unrestricted digital bearer, for example for clear-channel or video calls, on a trunk provisioned only for speech.</source>
        <comment>seenWhen</comment>
        <translation>Un 403 con Reason: Q.850;cause=57 cuando un gateway señaliza una portadora de datos o digital sin restricciones, por ejemplo para llamadas clear-channel o de vídeo, en una troncal aprovisionada solo para voz.</translation>
    </message>
    <message>
        <source>A PSTN exchange checking bearer service authorisation.</source>
        <comment>sentBy</comment>
        <translation>Una central PSTN que comprueba la autorización del servicio portador.</translation>
    </message>
    <message>
        <source>Retry with a bearer capability the account is allowed to use.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una capacidad portadora que la cuenta tenga permitida.</translation>
    </message>
    <message>
        <source>Check the bearer capability the gateway sends for this call type.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe la capacidad portadora que envía el gateway para este tipo de llamada.</translation>
    </message>
    <message>
        <source>Use speech or 3.1 kHz audio bearer for voice and fax calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Utilice la portadora de voz o de audio a 3,1 kHz para las llamadas de voz y fax.</translation>
    </message>
    <message>
        <source>Ask the carrier to provision the bearer service if it is needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pida al operador que aprovisione el servicio portador si es necesario.</translation>
    </message>
    <message>
        <source>Carries cause=57.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=57.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 58 means the bearer is allowed but temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>La causa 58 significa que la portadora está permitida, pero temporalmente no disponible.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>La causa 65 significa que la portadora no está implementada.</translation>
    </message>
</context>
<context>
    <name>q850:58</name>
    <message>
        <source>Bearer capability not presently available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Capacidad portadora no disponible actualmente</translation>
    </message>
    <message>
        <source>The requested bearer service exists but cannot be provided right now.</source>
        <comment>summary</comment>
        <translation>El servicio portador solicitado existe, pero no se puede proporcionar en este momento.</translation>
    </message>
    <message>
        <source>The bearer capability is implemented but is not available at this time. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>La capacidad portadora está implementada, pero no está disponible en este momento. La RFC 3398 la traduce como 503 Service Unavailable.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=58 when resources for a particular bearer, such as unrestricted digital, are exhausted; Asterisk also uses this cause when no common codec is found.</source>
        <comment>seenWhen</comment>
        <translation>Un 503 con Reason: Q.850;cause=58 cuando se agotan los recursos de una portadora concreta, como la digital sin restricciones; Asterisk también utiliza esta causa cuando no encuentra ningún códec en común.</translation>
    </message>
    <message>
        <source>Exchanges and gateways short of a specific bearer resource.</source>
        <comment>sentBy</comment>
        <translation>Centrales y gateways con escasez de un recurso portador concreto.</translation>
    </message>
    <message>
        <source>Retry later or over another route; the bearer may become available.</source>
        <comment>retryNote</comment>
        <translation>Reintente más tarde o por otra ruta; la portadora puede quedar disponible.</translation>
    </message>
    <message>
        <source>Check whether the failure is specific to data or video calls.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si el fallo es específico de las llamadas de datos o de vídeo.</translation>
    </message>
    <message>
        <source>Retry later or over a route with spare capacity for that bearer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reintente más tarde o por una ruta con capacidad libre para esa portadora.</translation>
    </message>
    <message>
        <source>If Asterisk produced it, compare the codec lists on both legs.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si la generó Asterisk, compare las listas de códecs de ambos tramos (legs).</translation>
    </message>
    <message>
        <source>Carries cause=58.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=58.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Un gateway que está descartando carga puede indicar aquí cuánto tiempo esperar antes de enviar nuevas llamadas.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>La causa 65 significa que la portadora no está implementada en absoluto.</translation>
    </message>
    <message>
        <source>Asterisk sends 488 for this cause, unlike RFC 3398.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Asterisk envía 488 para esta causa, a diferencia de la RFC 3398.</translation>
    </message>
</context>
<context>
    <name>q850:6</name>
    <message>
        <source>Channel unacceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Canal inaceptable</translation>
    </message>
    <message>
        <source>The B-channel or circuit most recently offered is not acceptable to the sender.</source>
        <comment>summary</comment>
        <translation>El canal B o circuito ofrecido más recientemente no es aceptable para el emisor.</translation>
    </message>
    <message>
        <source>During ISDN call set-up the channel identified by the other side cannot be used by the equipment sending this cause. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Durante el establecimiento de una llamada ISDN, el equipo que envía esta causa no puede utilizar el canal identificado por el otro lado. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Shows up in the Reason header of a 5xx from a PRI or ISUP gateway when channel negotiation on the TDM side fails, often after a span reconfiguration.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en la cabecera Reason de un 5xx de un gateway PRI o ISUP cuando falla la negociación de canales en el lado TDM, a menudo tras una reconfiguración del span.</translation>
    </message>
    <message>
        <source>An ISDN PRI or ISUP gateway, or the switch on the other side of it.</source>
        <comment>sentBy</comment>
        <translation>Un gateway ISDN PRI o ISUP, o el conmutador situado al otro lado.</translation>
    </message>
    <message>
        <source>Another span or gateway may accept the call; the same channel choice will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Otro span u otro gateway pueden aceptar la llamada; la misma elección de canal se volverá a rechazar.</translation>
    </message>
    <message>
        <source>Check the PRI channel selection mode (preferred or exclusive) on both the gateway and the PBX or carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el modo de selección de canal del PRI (preferido o exclusivo) tanto en el gateway como en la PBX o el operador.</translation>
    </message>
    <message>
        <source>Look for B-channels in maintenance or blocked state on the span.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Busque canales B en estado de mantenimiento o bloqueados en el span.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which channel was offered and refused.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Capture la traza Q.931 para ver qué canal se ofreció y se rechazó.</translation>
    </message>
    <message>
        <source>Carries cause=6; the problem lies on the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=6; el problema está en el lado TDM del gateway.</translation>
    </message>
    <message>
        <source>A likely SIP rendering for a channel problem; RFC 3398 has no row for cause 6.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Una traducción a SIP probable para un problema de canal; la RFC 3398 no tiene ninguna fila para la causa 6.</translation>
    </message>
    <message>
        <source>Cause 44 means the specifically requested channel is not available.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>La causa 44 significa que el canal solicitado específicamente no está disponible.</translation>
    </message>
    <message>
        <source>Cause 82 means the identified channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>La causa 82 significa que el canal identificado no existe.</translation>
    </message>
</context>
<context>
    <name>q850:62</name>
    <message>
        <source>Inconsistency in designated outgoing access information and subscriber class</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Incoherencia entre la información de acceso saliente designada y la clase de abonado</translation>
    </message>
    <message>
        <source>The CUG outgoing access requested does not match the subscriber&apos;s class.</source>
        <comment>summary</comment>
        <translation>El acceso saliente CUG solicitado no coincide con la clase del abonado.</translation>
    </message>
    <message>
        <source>The outgoing access information designated for the call is inconsistent with the subscriber class, a closed user group check. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>La información de acceso saliente designada para la llamada es incoherente con la clase de abonado, una comprobación de grupo cerrado de usuarios. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen on CUG-based services when a call asks for outgoing access that the subscriber&apos;s profile does not include.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en servicios basados en CUG cuando una llamada solicita un acceso saliente que el perfil del abonado no incluye.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group data.</source>
        <comment>sentBy</comment>
        <translation>Una red que aplica los datos de grupo cerrado de usuarios.</translation>
    </message>
    <message>
        <source>Do not retry until the profile or the access request is fixed.</source>
        <comment>retryNote</comment>
        <translation>No reintente hasta que se corrija el perfil o la solicitud de acceso.</translation>
    </message>
    <message>
        <source>Check the subscriber&apos;s CUG profile and outgoing access setting.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el perfil CUG del abonado y su configuración de acceso saliente.</translation>
    </message>
    <message>
        <source>Place the call with access options consistent with the profile.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Realice la llamada con opciones de acceso coherentes con el perfil.</translation>
    </message>
    <message>
        <source>Ask the operator to correct the profile if needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pida al operador que corrija el perfil si es necesario.</translation>
    </message>
    <message>
        <source>Carries cause=62.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=62.</translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing CUG calls.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation>La causa 53 restringe las llamadas CUG salientes.</translation>
    </message>
    <message>
        <source>Cause 87 means the party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>La causa 87 significa que la parte no pertenece al CUG.</translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation>La causa 90 significa que el CUG no existe.</translation>
    </message>
</context>
<context>
    <name>q850:63</name>
    <message>
        <source>Service or option not available, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Servicio u opción no disponible, sin especificar</translation>
    </message>
    <message>
        <source>A requested service or option is not available and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>Un servicio u opción solicitado no está disponible y no se aplica ninguna causa más específica.</translation>
    </message>
    <message>
        <source>Reports a service or option not available event only when no other cause in the class fits. RFC 3398 uses it in the SIP to ISUP direction for 405 Method Not Allowed.</source>
        <comment>description</comment>
        <translation>Notifica un evento de servicio u opción no disponible solo cuando no corresponde ninguna otra causa de la clase. La RFC 3398 la utiliza en el sentido SIP a ISUP para 405 Method Not Allowed.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the carrier does not offer the requested service on the account, or in a REL after a 405 from the SIP side.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en la cabecera Reason de una respuesta de fallo cuando el operador no ofrece en la cuenta el servicio solicitado, o en un REL tras un 405 del lado SIP.</translation>
    </message>
    <message>
        <source>Exchanges and gateways reporting a service they do not offer.</source>
        <comment>sentBy</comment>
        <translation>Centrales y gateways que notifican un servicio que no ofrecen.</translation>
    </message>
    <message>
        <source>Another route that offers the service may succeed.</source>
        <comment>retryNote</comment>
        <translation>Otra ruta que ofrezca el servicio puede tener éxito.</translation>
    </message>
    <message>
        <source>Check which service the call relies on (destination class, feature, method).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe en qué servicio se basa la llamada (clase de destino, funcionalidad, método).</translation>
    </message>
    <message>
        <source>Check the account and trunk options with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise con el operador las opciones de la cuenta y de la troncal.</translation>
    </message>
    <message>
        <source>Try another route that offers the service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pruebe otra ruta que ofrezca el servicio.</translation>
    </message>
    <message>
        <source>Carries cause=63.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=63.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 Method Not Allowed to this cause.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>La RFC 3398 asigna 405 Method Not Allowed a esta causa.</translation>
    </message>
    <message>
        <source>Cause 79 means the service is not implemented.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>La causa 79 significa que el servicio no está implementado.</translation>
    </message>
    <message>
        <source>Cause 50 means the service is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>La causa 50 significa que no se está abonado al servicio.</translation>
    </message>
</context>
<context>
    <name>q850:65</name>
    <message>
        <source>Bearer capability not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Capacidad portadora no implementada</translation>
    </message>
    <message>
        <source>The equipment does not support the requested bearer service.</source>
        <comment>summary</comment>
        <translation>El equipo no admite el servicio portador solicitado.</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the bearer capability requested. RFC 3398 renders it as 488 Not Acceptable Here and suggests it for 488 or 606 when the Warning points to an unavailable bearer.</source>
        <comment>description</comment>
        <translation>El equipo que envía la causa no admite la capacidad portadora solicitada. La RFC 3398 la traduce como 488 Not Acceptable Here y la sugiere para 488 o 606 cuando el Warning apunta a una portadora no disponible.</translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=65 when the SDP offer or the derived bearer (for example video or clear-channel data) cannot be carried by the gateway or the PSTN.</source>
        <comment>seenWhen</comment>
        <translation>Un 488 con Reason: Q.850;cause=65 cuando el gateway o la PSTN no pueden cursar la oferta SDP o la portadora derivada de ella (por ejemplo, vídeo o datos clear-channel).</translation>
    </message>
    <message>
        <source>A gateway or exchange that lacks the requested bearer service.</source>
        <comment>sentBy</comment>
        <translation>Un gateway o una central que carece del servicio portador solicitado.</translation>
    </message>
    <message>
        <source>Retry with a different codec or bearer.</source>
        <comment>retryNote</comment>
        <translation>Reintente con otro códec u otra portadora.</translation>
    </message>
    <message>
        <source>Check the SDP offer: include G.711 for calls that cross the PSTN.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise la oferta SDP: incluya G.711 en las llamadas que atraviesan la PSTN.</translation>
    </message>
    <message>
        <source>Check how the gateway maps codecs and fax (T.38) to ISDN bearer capabilities.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe cómo asigna el gateway los códecs y el fax (T.38) a las capacidades portadoras ISDN.</translation>
    </message>
    <message>
        <source>Retry with a plain speech bearer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reintente con una portadora de voz simple.</translation>
    </message>
    <message>
        <source>Carries cause=65.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=65.</translation>
    </message>
    <message>
        <source>A 488 may carry a warn-code that names the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Un 488 puede llevar un warn-code que indique el problema de medios.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 58 means the bearer exists but is busy.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>La causa 58 significa que la portadora existe, pero está ocupada.</translation>
    </message>
    <message>
        <source>Cause 70 means only the restricted digital bearer exists.</source>
        <comment>related q850:70</comment>
        <extracomment>How q850:70 differs</extracomment>
        <translation>La causa 70 significa que solo existe la portadora digital restringida.</translation>
    </message>
</context>
<context>
    <name>q850:66</name>
    <message>
        <source>Channel type not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Tipo de canal no implementado</translation>
    </message>
    <message>
        <source>The equipment does not support the requested channel type.</source>
        <comment>summary</comment>
        <translation>El equipo no admite el tipo de canal solicitado.</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the channel type requested, for example a channel rate it does not offer. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo que envía la causa no admite el tipo de canal solicitado, por ejemplo una velocidad de canal que no ofrece. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; seen when a PRI gateway requests a channel type, such as multi-rate, that the switch does not support.</source>
        <comment>seenWhen</comment>
        <translation>Poco frecuente en troncales SIP; aparece cuando un gateway PRI solicita un tipo de canal, como multivelocidad, que el conmutador no admite.</translation>
    </message>
    <message>
        <source>ISDN equipment on either side of a PRI.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN a cualquiera de los dos lados de un PRI.</translation>
    </message>
    <message>
        <source>Retry with a supported channel type.</source>
        <comment>retryNote</comment>
        <translation>Reintente con un tipo de canal admitido.</translation>
    </message>
    <message>
        <source>Check the channel type and rate the gateway requests on the PRI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el tipo y la velocidad de canal que solicita el gateway en el PRI.</translation>
    </message>
    <message>
        <source>Configure standard 64 kbit/s B-channel calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Configure llamadas estándar por canal B de 64 kbit/s.</translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe la configuración del tipo de conmutador (switch type) en el span.</translation>
    </message>
    <message>
        <source>Carries cause=66.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=66.</translation>
    </message>
    <message>
        <source>Cause 65 is about the bearer rather than the channel.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>La causa 65 se refiere a la portadora y no al canal.</translation>
    </message>
    <message>
        <source>Cause 6 means a specific channel was unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>La causa 6 significa que un canal concreto era inaceptable.</translation>
    </message>
    <message>
        <source>Cause 82 means the channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>La causa 82 significa que el canal no existe.</translation>
    </message>
</context>
<context>
    <name>q850:69</name>
    <message>
        <source>Requested facility not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Facilidad solicitada no implementada</translation>
    </message>
    <message>
        <source>The equipment does not support the requested supplementary service.</source>
        <comment>summary</comment>
        <translation>El equipo no admite el servicio suplementario solicitado.</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the supplementary service requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo que envía la causa no admite el servicio suplementario solicitado. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen when a call asks the PSTN side for a feature, such as a specific transfer or call completion service, that the switch does not provide.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando una llamada solicita al lado PSTN una funcionalidad, como un servicio concreto de transferencia o de compleción de llamadas, que el conmutador no proporciona.</translation>
    </message>
    <message>
        <source>An exchange or gateway lacking the service.</source>
        <comment>sentBy</comment>
        <translation>Una central o un gateway que carece del servicio.</translation>
    </message>
    <message>
        <source>Retry without the unsupported service.</source>
        <comment>retryNote</comment>
        <translation>Reintente sin el servicio no admitido.</translation>
    </message>
    <message>
        <source>Identify the service requested in the signalling.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique el servicio solicitado en la señalización.</translation>
    </message>
    <message>
        <source>Disable the feature for this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Desactive la funcionalidad para esta ruta.</translation>
    </message>
    <message>
        <source>Retry the call without it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reintente la llamada sin ella.</translation>
    </message>
    <message>
        <source>Carries cause=69.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=69.</translation>
    </message>
    <message>
        <source>Cause 29 rejects the facility without saying it is unimplemented.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>La causa 29 rechaza la facilidad sin indicar que no esté implementada.</translation>
    </message>
    <message>
        <source>Cause 50 is a facility that exists but is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>La causa 50 es una facilidad que existe, pero a la que no se está abonado.</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 69.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Una traducción a SIP probable; la RFC 3398 no tiene ninguna fila para la causa 69.</translation>
    </message>
</context>
<context>
    <name>q850:7</name>
    <message>
        <source>Call awarded and being delivered in an established channel</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Llamada adjudicada y entregada en un canal ya establecido</translation>
    </message>
    <message>
        <source>The incoming call is being connected over a channel already established to the user.</source>
        <comment>summary</comment>
        <translation>La llamada entrante se está conectando por un canal ya establecido con el usuario.</translation>
    </message>
    <message>
        <source>The user has been given the call, and it is being delivered on a channel already set up for similar calls, a mechanism used for packet mode services such as X.25. It is not a failure and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Se ha adjudicado la llamada al usuario y se está entregando por un canal ya establecido para llamadas similares, un mecanismo utilizado en servicios en modo paquete como X.25. No es un fallo y la RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; if it appears in a Reason header it usually means a gateway passed through an ISDN data-service cause it could not map.</source>
        <comment>seenWhen</comment>
        <translation>Poco frecuente en troncales SIP; si aparece en una cabecera Reason, suele significar que un gateway dejó pasar una causa de servicio de datos ISDN que no pudo asignar.</translation>
    </message>
    <message>
        <source>ISDN equipment handling packet mode calls.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN que tratan llamadas en modo paquete.</translation>
    </message>
    <message>
        <source>There is nothing to retry; the cause describes delivery, not a failure.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; la causa describe una entrega, no un fallo.</translation>
    </message>
    <message>
        <source>Check whether the call is a data or packet mode call that the SIP side should not carry.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la llamada es de datos o en modo paquete y el lado SIP no debería cursarla.</translation>
    </message>
    <message>
        <source>Review the gateway cause mapping table for unmapped ISDN causes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise en la tabla de asignación de causas del gateway las causas ISDN sin asignar.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to confirm where the cause originated.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Capture la traza Q.931 para confirmar dónde se originó la causa.</translation>
    </message>
    <message>
        <source>Carries cause=7; treat it as informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=7; trátela como informativa.</translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary normal clearing cause.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>La causa 16 es la causa ordinaria de liberación normal.</translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>La causa 31 es el evento normal sin especificar.</translation>
    </message>
    <message>
        <source>A gateway with no mapping may fall back to a generic 5xx; RFC 3398 has no row for cause 7.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Un gateway sin asignación para ella puede recurrir a un 5xx genérico; la RFC 3398 no tiene ninguna fila para la causa 7.</translation>
    </message>
</context>
<context>
    <name>q850:70</name>
    <message>
        <source>Only restricted digital information bearer capability is available (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Solo está disponible la capacidad portadora de información digital restringida (uso nacional)</translation>
    </message>
    <message>
        <source>Only the restricted digital bearer is available, not the unrestricted one requested.</source>
        <comment>summary</comment>
        <translation>Solo está disponible la portadora digital restringida, no la no restringida que se solicitó.</translation>
    </message>
    <message>
        <source>The caller requested an unrestricted bearer service, but the equipment only supports the restricted version. RFC 3398 renders it as 488 Not Acceptable Here.</source>
        <comment>description</comment>
        <translation>El llamante solicitó un servicio portador no restringido, pero el equipo solo admite la versión restringida. La RFC 3398 la traduce como 488 Not Acceptable Here.</translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=70 on routes in national networks that only offer restricted 56 kbit/s digital service, for clear-channel or data calls.</source>
        <comment>seenWhen</comment>
        <translation>Un 488 con Reason: Q.850;cause=70 en rutas de redes nacionales que solo ofrecen un servicio digital restringido de 56 kbit/s, para llamadas clear-channel o de datos.</translation>
    </message>
    <message>
        <source>A national network exchange with only restricted digital service.</source>
        <comment>sentBy</comment>
        <translation>Una central de red nacional que solo dispone de servicio digital restringido.</translation>
    </message>
    <message>
        <source>Retry with a restricted digital or speech bearer.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una portadora digital restringida o de voz.</translation>
    </message>
    <message>
        <source>Check whether the call was sent as an unrestricted digital (clear-channel) call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la llamada se envió como llamada digital no restringida (clear-channel).</translation>
    </message>
    <message>
        <source>Retry as a restricted digital or speech call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reintente como llamada digital restringida o de voz.</translation>
    </message>
    <message>
        <source>Choose a route that supports unrestricted digital service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Elija una ruta que admita el servicio digital no restringido.</translation>
    </message>
    <message>
        <source>Carries cause=70.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=70.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>La causa 65 significa que la portadora no está implementada en absoluto.</translation>
    </message>
    <message>
        <source>Cause 57 means the bearer is not authorised.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation>La causa 57 significa que la portadora no está autorizada.</translation>
    </message>
</context>
<context>
    <name>q850:79</name>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Servicio u opción no implementado, sin especificar</translation>
    </message>
    <message>
        <source>A requested service or option is not implemented and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation>Un servicio u opción solicitado no está implementado y no corresponde ninguna causa más específica.</translation>
    </message>
    <message>
        <source>Reports a service or option not implemented event only when no other cause in that class applies. RFC 3398 renders it as 501 Not Implemented and maps 406, 415 and 501 to it in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>Notifica un evento de servicio u opción no implementado solo cuando no se aplica ninguna otra causa de esa clase. La RFC 3398 la traduce como 501 Not Implemented y le asigna 406, 415 y 501 en el sentido SIP a ISUP.</translation>
    </message>
    <message>
        <source>A 501 with Reason: Q.850;cause=79 when the far side lacks a feature the call needs, or a REL with cause 79 after the SIP side answered 415 or 501.</source>
        <comment>seenWhen</comment>
        <translation>Un 501 con Reason: Q.850;cause=79 cuando al extremo remoto le falta una funcionalidad que la llamada necesita, o un REL con causa 79 después de que el lado SIP respondiera 415 o 501.</translation>
    </message>
    <message>
        <source>Gateways and exchanges lacking a requested service.</source>
        <comment>sentBy</comment>
        <translation>Gateways y centrales que carecen de un servicio solicitado.</translation>
    </message>
    <message>
        <source>Retry without the unimplemented service or option.</source>
        <comment>retryNote</comment>
        <translation>Reintente sin el servicio u opción no implementado.</translation>
    </message>
    <message>
        <source>Identify the feature, media type or method the call relied on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique la funcionalidad, el tipo de medio o el método en que se basaba la llamada.</translation>
    </message>
    <message>
        <source>Remove it or fall back to a basic call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Elimínelo o recurra a una llamada básica.</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s capabilities list.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise la lista de capacidades del gateway.</translation>
    </message>
    <message>
        <source>Carries cause=79.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=79.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 63 means the service exists but is unavailable.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation>La causa 63 significa que el servicio existe, pero no está disponible.</translation>
    </message>
    <message>
        <source>Cause 69 is the specific case of a supplementary service.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>La causa 69 es el caso específico de un servicio suplementario.</translation>
    </message>
</context>
<context>
    <name>q850:8</name>
    <message>
        <source>Preemption</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Preferencia (preemption)</translation>
    </message>
    <message>
        <source>The call was preempted by a higher-precedence call.</source>
        <comment>summary</comment>
        <translation>Una llamada de mayor precedencia desplazó la llamada.</translation>
    </message>
    <message>
        <source>The call is being cleared because a call with higher precedence needed the resources, as in multi-level precedence and preemption (MLPP) networks. RFC 3398 has no row for it; RFC 4411 defines a separate Reason protocol value for preemption events.</source>
        <comment>description</comment>
        <translation>La llamada se está liberando porque una llamada de mayor precedencia necesitaba los recursos, como en las redes de precedencia y preferencia multinivel (MLPP). La RFC 3398 no tiene ninguna fila para ella; la RFC 4411 define un valor de protocolo Reason independiente para los eventos de preemption.</translation>
    </message>
    <message>
        <source>Seen in a BYE or failure response from a gateway in government or defence networks that use MLPP, with Reason: Q.850;cause=8.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en un BYE o en una respuesta de fallo de un gateway en redes gubernamentales o de defensa que utilizan MLPP, con Reason: Q.850;cause=8.</translation>
    </message>
    <message>
        <source>An MLPP-capable switch that needed the circuit for a higher-priority call.</source>
        <comment>sentBy</comment>
        <translation>Un conmutador compatible con MLPP que necesitaba el circuito para una llamada de mayor prioridad.</translation>
    </message>
    <message>
        <source>The call may be placed again once resources free up, or with a higher precedence if authorised.</source>
        <comment>retryNote</comment>
        <translation>La llamada puede volver a realizarse cuando se liberen recursos, o con una precedencia mayor si está autorizado.</translation>
    </message>
    <message>
        <source>Check whether the network uses precedence levels and what level the call carried (Resource-Priority header).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la red utiliza niveles de precedencia y qué nivel llevaba la llamada (cabecera Resource-Priority).</translation>
    </message>
    <message>
        <source>Confirm with the network operator whether preemption was expected at that time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Confirme con el operador de red si en ese momento se esperaba una preemption.</translation>
    </message>
    <message>
        <source>Raise the precedence of the call only if policy allows it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Aumente la precedencia de la llamada solo si la política lo permite.</translation>
    </message>
    <message>
        <source>Carries cause=8; a Reason with the preemption protocol from RFC 4411 may appear as well.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=8; también puede aparecer una cabecera Reason con el protocolo preemption de la RFC 4411.</translation>
    </message>
    <message>
        <source>Shows the precedence the call was placed with.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>Muestra la precedencia con la que se realizó la llamada.</translation>
    </message>
    <message>
        <source>Cause 9 also reserves the circuit for the preempting exchange.</source>
        <comment>related q850:9</comment>
        <extracomment>How q850:9 differs</extracomment>
        <translation>La causa 9 además reserva el circuito para la central que ejerce la preemption.</translation>
    </message>
    <message>
        <source>Cause 46 blocks a new precedence call instead of clearing an existing one.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation>La causa 46 bloquea una nueva llamada con precedencia en lugar de liberar una existente.</translation>
    </message>
    <message>
        <source>A possible SIP rendering when a call set-up is preempted; RFC 3398 has no row for cause 8.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Una posible traducción a SIP cuando se produce una preemption durante el establecimiento de una llamada; la RFC 3398 no tiene ninguna fila para la causa 8.</translation>
    </message>
</context>
<context>
    <name>q850:81</name>
    <message>
        <source>Invalid call reference value</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Valor de referencia de llamada no válido</translation>
    </message>
    <message>
        <source>A message referred to a call reference that is not in use on the interface.</source>
        <comment>summary</comment>
        <translation>Un mensaje hacía referencia a una referencia de llamada que no está en uso en la interfaz.</translation>
    </message>
    <message>
        <source>The equipment received a message whose call reference is not currently assigned on the user-network interface. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo recibió un mensaje cuya referencia de llamada no está asignada actualmente en la interfaz usuario-red. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen in a Reason header from a PRI gateway when the gateway and the switch disagree about which calls exist, often after a D-channel restart.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en una cabecera Reason de un gateway PRI cuando el gateway y el conmutador discrepan sobre qué llamadas existen, a menudo tras un reinicio del canal D.</translation>
    </message>
    <message>
        <source>ISDN equipment on a PRI.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN en un PRI.</translation>
    </message>
    <message>
        <source>A new call attempt uses a new call reference and may succeed once the interface state is consistent.</source>
        <comment>retryNote</comment>
        <translation>Un nuevo intento de llamada utiliza una nueva referencia de llamada y puede tener éxito una vez que el estado de la interfaz sea coherente.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which message carried the unknown call reference.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Capture la traza Q.931 para ver qué mensaje llevaba la referencia de llamada desconocida.</translation>
    </message>
    <message>
        <source>Check for recent D-channel or span restarts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe si ha habido reinicios recientes del canal D o del span.</translation>
    </message>
    <message>
        <source>Restart the span in a maintenance window if the state stays out of sync.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reinicie el span en una ventana de mantenimiento si el estado sigue desincronizado.</translation>
    </message>
    <message>
        <source>Carries cause=81; the problem is in the PRI signalling state.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=81; el problema está en el estado de la señalización del PRI.</translation>
    </message>
    <message>
        <source>Cause 101 is a message valid in general but not in this call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>La causa 101 es un mensaje válido en general, pero no en este estado de la llamada.</translation>
    </message>
    <message>
        <source>Cause 82 concerns a channel rather than a call reference.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>La causa 82 se refiere a un canal y no a una referencia de llamada.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>La causa 111 es el error de protocolo genérico.</translation>
    </message>
</context>
<context>
    <name>q850:82</name>
    <message>
        <source>Identified channel does not exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>El canal identificado no existe</translation>
    </message>
    <message>
        <source>The call asked for a channel that is not configured on the interface.</source>
        <comment>summary</comment>
        <translation>La llamada solicitó un canal que no está configurado en la interfaz.</translation>
    </message>
    <message>
        <source>A request was received to use a channel that is not activated on the interface for a call, for example a timeslot beyond those the user subscribed to. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Se recibió una solicitud para utilizar en una llamada un canal que no está activado en la interfaz, por ejemplo un intervalo de tiempo (timeslot) fuera de los contratados por el usuario. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen on PRI gateways when the channel map differs between the two sides, such as a fractional PRI or a wrong E1 or T1 timeslot layout.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en gateways PRI cuando el mapa de canales difiere entre ambos lados, como en un PRI fraccional o con una distribución de timeslots E1 o T1 incorrecta.</translation>
    </message>
    <message>
        <source>ISDN equipment that receives a request for an unknown channel.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN que reciben una solicitud para un canal desconocido.</translation>
    </message>
    <message>
        <source>Retry on a valid channel or another span; the same channel will keep failing.</source>
        <comment>retryNote</comment>
        <translation>Reintente por un canal válido o por otro span; el mismo canal seguirá fallando.</translation>
    </message>
    <message>
        <source>Compare the provisioned channels on the carrier side with the gateway span configuration.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare los canales aprovisionados en el lado del operador con la configuración del span en el gateway.</translation>
    </message>
    <message>
        <source>Check the framing and switch type, and the position of the D-channel.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise el entramado (framing), el tipo de conmutador y la posición del canal D.</translation>
    </message>
    <message>
        <source>Restrict the gateway to the channels actually provisioned.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Limite el gateway a los canales realmente aprovisionados.</translation>
    </message>
    <message>
        <source>Carries cause=82.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=82.</translation>
    </message>
    <message>
        <source>Cause 44 means the channel exists but is unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>La causa 44 significa que el canal existe, pero no está disponible.</translation>
    </message>
    <message>
        <source>Cause 6 means the channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>La causa 6 significa que el canal es inaceptable.</translation>
    </message>
    <message>
        <source>Cause 66 means the channel type is unsupported.</source>
        <comment>related q850:66</comment>
        <extracomment>How q850:66 differs</extracomment>
        <translation>La causa 66 significa que el tipo de canal no se admite.</translation>
    </message>
</context>
<context>
    <name>q850:83</name>
    <message>
        <source>A suspended call exists, but this call identity does not</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Existe una llamada suspendida, pero no esta identidad de llamada</translation>
    </message>
    <message>
        <source>A resume request used a call identity that matches no suspended call.</source>
        <comment>summary</comment>
        <translation>Una solicitud de reanudación utilizó una identidad de llamada que no coincide con ninguna llamada suspendida.</translation>
    </message>
    <message>
        <source>A call resume was attempted with a call identity that differs from those in use for any currently suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Se intentó reanudar una llamada con una identidad de llamada distinta de las que se usan para cualquier llamada suspendida en ese momento. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Prácticamente nunca aparece en troncales SIP; pertenece a los procedimientos ISDN de suspensión y reanudación.</translation>
    </message>
    <message>
        <source>An ISDN network handling suspend and resume.</source>
        <comment>sentBy</comment>
        <translation>Una red ISDN que gestiona la suspensión y la reanudación.</translation>
    </message>
    <message>
        <source>Retrying with the same identity will fail.</source>
        <comment>retryNote</comment>
        <translation>Reintentar con la misma identidad fallará.</translation>
    </message>
    <message>
        <source>Check the call identity used in the resume request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe la identidad de llamada utilizada en la solicitud de reanudación.</translation>
    </message>
    <message>
        <source>Review the ISDN terminal&apos;s suspend and resume handling.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise cómo gestiona el terminal ISDN la suspensión y la reanudación.</translation>
    </message>
    <message>
        <source>Carries cause=83.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=83.</translation>
    </message>
    <message>
        <source>Cause 84 is the clash when suspending.</source>
        <comment>related q850:84</comment>
        <extracomment>How q850:84 differs</extracomment>
        <translation>La causa 84 es el conflicto al suspender.</translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended at all.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>La causa 85 significa que no hay ninguna llamada suspendida.</translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation>La causa 86 significa que la llamada suspendida se liberó.</translation>
    </message>
</context>
<context>
    <name>q850:84</name>
    <message>
        <source>Call identity in use</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Identidad de llamada en uso</translation>
    </message>
    <message>
        <source>A suspend request used a call identity already in use.</source>
        <comment>summary</comment>
        <translation>Una solicitud de suspensión utilizó una identidad de llamada que ya está en uso.</translation>
    </message>
    <message>
        <source>The network received a call suspend request with a call identity already used for a suspended call within the domain of interfaces over which the call might be resumed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>La red recibió una solicitud de suspensión de llamada con una identidad de llamada ya utilizada por una llamada suspendida dentro del dominio de interfaces en el que podría reanudarse la llamada. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Prácticamente nunca aparece en troncales SIP; pertenece a los procedimientos ISDN de suspensión y reanudación.</translation>
    </message>
    <message>
        <source>An ISDN network handling suspend requests.</source>
        <comment>sentBy</comment>
        <translation>Una red ISDN que gestiona solicitudes de suspensión.</translation>
    </message>
    <message>
        <source>Retry the suspend with a different call identity.</source>
        <comment>retryNote</comment>
        <translation>Reintente la suspensión con otra identidad de llamada.</translation>
    </message>
    <message>
        <source>Use a different call identity when suspending.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Utilice otra identidad de llamada al suspender.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s suspend logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise la lógica de suspensión del terminal.</translation>
    </message>
    <message>
        <source>Carries cause=84.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=84.</translation>
    </message>
    <message>
        <source>Cause 83 is the mismatch when resuming.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation>La causa 83 es la discrepancia al reanudar.</translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>La causa 85 significa que no hay ninguna llamada suspendida.</translation>
    </message>
</context>
<context>
    <name>q850:85</name>
    <message>
        <source>No call suspended</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No hay ninguna llamada suspendida</translation>
    </message>
    <message>
        <source>A resume request arrived but no call is suspended.</source>
        <comment>summary</comment>
        <translation>Llegó una solicitud de reanudación, pero no hay ninguna llamada suspendida.</translation>
    </message>
    <message>
        <source>The network received a call resume request, but the interface has no suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>La red recibió una solicitud de reanudación de llamada, pero la interfaz no tiene ninguna llamada suspendida. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Prácticamente nunca aparece en troncales SIP; pertenece a los procedimientos ISDN de suspensión y reanudación.</translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation>Una red ISDN que gestiona solicitudes de reanudación.</translation>
    </message>
    <message>
        <source>There is nothing to resume.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reanudar.</translation>
    </message>
    <message>
        <source>Check whether the call was actually suspended.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la llamada se suspendió realmente.</translation>
    </message>
    <message>
        <source>Review the terminal&apos;s resume logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise la lógica de reanudación del terminal.</translation>
    </message>
    <message>
        <source>Carries cause=85.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=85.</translation>
    </message>
    <message>
        <source>Cause 83 means suspended calls exist, but not with this identity.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation>La causa 83 significa que existen llamadas suspendidas, pero no con esta identidad.</translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation>La causa 86 significa que la llamada suspendida se liberó.</translation>
    </message>
</context>
<context>
    <name>q850:86</name>
    <message>
        <source>Call having the requested call identity has been cleared</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>La llamada con la identidad de llamada solicitada se ha liberado</translation>
    </message>
    <message>
        <source>The suspended call was cleared before it could be resumed.</source>
        <comment>summary</comment>
        <translation>La llamada suspendida se liberó antes de que pudiera reanudarse.</translation>
    </message>
    <message>
        <source>The resume request cannot be honoured because the call with that identity was cleared while suspended, by network timeout or by the remote user. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>No se puede atender la solicitud de reanudación porque la llamada con esa identidad se liberó mientras estaba suspendida, por agotamiento del tiempo de espera de la red o por el usuario remoto. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Prácticamente nunca aparece en troncales SIP; pertenece a los procedimientos ISDN de suspensión y reanudación.</translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation>Una red ISDN que gestiona solicitudes de reanudación.</translation>
    </message>
    <message>
        <source>The original call is gone; only a new call can reach the party.</source>
        <comment>retryNote</comment>
        <translation>La llamada original ya no existe; solo una nueva llamada puede alcanzar a la parte.</translation>
    </message>
    <message>
        <source>Place a new call instead of resuming.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Realice una nueva llamada en lugar de reanudar.</translation>
    </message>
    <message>
        <source>Check the suspend timer if calls are cleared too early.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise el temporizador de suspensión si las llamadas se liberan demasiado pronto.</translation>
    </message>
    <message>
        <source>Carries cause=86.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=86.</translation>
    </message>
    <message>
        <source>Cause 85 means no call was suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>La causa 85 significa que no había ninguna llamada suspendida.</translation>
    </message>
    <message>
        <source>Cause 16 is ordinary call clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>La causa 16 es la liberación ordinaria de una llamada.</translation>
    </message>
</context>
<context>
    <name>q850:87</name>
    <message>
        <source>User not member of CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Usuario no miembro del CUG</translation>
    </message>
    <message>
        <source>A closed user group check failed because a party is not a member.</source>
        <comment>summary</comment>
        <translation>Falló una comprobación de grupo cerrado de usuarios porque una de las partes no es miembro.</translation>
    </message>
    <message>
        <source>The called user for the incoming CUG call is not a member of the specified closed user group, or the caller is an ordinary subscriber calling a CUG subscriber. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>El usuario llamado de la llamada CUG entrante no es miembro del grupo cerrado de usuarios especificado, o el llamante es un abonado ordinario que llama a un abonado de un CUG. La RFC 3398 la traduce como 403 Forbidden.</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=87 on enterprise or VPN services built on closed user groups.</source>
        <comment>seenWhen</comment>
        <translation>Un 403 con Reason: Q.850;cause=87 en servicios empresariales o de VPN basados en grupos cerrados de usuarios.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group membership.</source>
        <comment>sentBy</comment>
        <translation>Una red que aplica la pertenencia a grupos cerrados de usuarios.</translation>
    </message>
    <message>
        <source>Do not retry until membership is fixed.</source>
        <comment>retryNote</comment>
        <translation>No reintente hasta que se corrija la pertenencia.</translation>
    </message>
    <message>
        <source>Check the CUG membership of both parties with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe con el operador la pertenencia al CUG de ambas partes.</translation>
    </message>
    <message>
        <source>Call without the CUG indication if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Llame sin la indicación de CUG si la política lo permite.</translation>
    </message>
    <message>
        <source>Add the user to the CUG if the call should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Añada al usuario al CUG si la llamada debe estar permitida.</translation>
    </message>
    <message>
        <source>Carries cause=87.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=87.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls for a member.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation>La causa 55 restringe las llamadas entrantes para un miembro.</translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation>La causa 90 significa que el CUG no existe.</translation>
    </message>
</context>
<context>
    <name>q850:88</name>
    <message>
        <source>Incompatible destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Destino incompatible</translation>
    </message>
    <message>
        <source>The destination cannot handle the kind of call requested.</source>
        <comment>summary</comment>
        <translation>El destino no puede tratar el tipo de llamada solicitado.</translation>
    </message>
    <message>
        <source>The call requested compatibility attributes, such as low or high layer compatibility or a data rate, that the destination cannot accommodate. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>La llamada solicitó atributos de compatibilidad, como compatibilidad de capa baja o alta o una velocidad de datos, que el destino no puede satisfacer. La RFC 3398 la traduce como 503 Service Unavailable.</translation>
    </message>
    <message>
        <source>Seen with a 503, or a 488 from some platforms, when a fax or data call reaches a voice-only destination, or an ISDN data call reaches an analogue line.</source>
        <comment>seenWhen</comment>
        <translation>Aparece con un 503, o con un 488 en algunas plataformas, cuando una llamada de fax o de datos llega a un destino solo de voz, o una llamada de datos ISDN llega a una línea analógica.</translation>
    </message>
    <message>
        <source>The terminating network or device that checks compatibility.</source>
        <comment>sentBy</comment>
        <translation>La red o el dispositivo de destino que comprueba la compatibilidad.</translation>
    </message>
    <message>
        <source>Retry with a call type and bearer the destination supports.</source>
        <comment>retryNote</comment>
        <translation>Reintente con un tipo de llamada y una portadora que el destino admita.</translation>
    </message>
    <message>
        <source>Check the bearer capability and compatibility information the gateway sends for this call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe la capacidad portadora y la información de compatibilidad que envía el gateway para esta llamada.</translation>
    </message>
    <message>
        <source>Use a speech or 3.1 kHz audio bearer for voice and fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Utilice una portadora de voz o de audio a 3,1 kHz para voz y fax.</translation>
    </message>
    <message>
        <source>Confirm that the destination supports the call type (fax, data, video).</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Confirme que el destino admite el tipo de llamada (fax, datos, vídeo).</translation>
    </message>
    <message>
        <source>Carries cause=88.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=88.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>La respuesta SIP que la RFC 3398 asigna a esta causa.</translation>
    </message>
    <message>
        <source>FreeSWITCH sends 488 for this cause instead.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>FreeSWITCH, en cambio, envía 488 para esta causa.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer itself is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>La causa 65 significa que la propia portadora no está implementada.</translation>
    </message>
</context>
<context>
    <name>q850:9</name>
    <message>
        <source>Preemption - circuit reserved for reuse</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Preferencia: circuito reservado para reutilización</translation>
    </message>
    <message>
        <source>The call was preempted and the circuit is held for the preempting exchange.</source>
        <comment>summary</comment>
        <translation>La llamada sufrió una preemption y el circuito queda retenido para la central que la ejerció.</translation>
    </message>
    <message>
        <source>The call is being cleared because of preemption, and the freed circuit is reserved for reuse by the exchange that preempted it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>La llamada se está liberando debido a una preemption, y el circuito liberado queda reservado para su reutilización por la central que ejerció la preemption. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Appears in a BYE or failure response in MLPP networks, with Reason: Q.850;cause=9, when a higher-precedence call took the circuit.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en un BYE o en una respuesta de fallo en redes MLPP, con Reason: Q.850;cause=9, cuando una llamada de mayor precedencia tomó el circuito.</translation>
    </message>
    <message>
        <source>An MLPP-capable exchange that preempts a circuit for its own use.</source>
        <comment>sentBy</comment>
        <translation>Una central compatible con MLPP que ejerce la preemption sobre un circuito para su propio uso.</translation>
    </message>
    <message>
        <source>Try again later or over another route; the circuit is reserved for the other call.</source>
        <comment>retryNote</comment>
        <translation>Vuelva a intentarlo más tarde o por otra ruta; el circuito está reservado para la otra llamada.</translation>
    </message>
    <message>
        <source>Check the precedence level of the cleared call in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el nivel de precedencia de la llamada liberada en la cabecera Resource-Priority.</translation>
    </message>
    <message>
        <source>Confirm with the network operator that preemption occurred on that route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Confirme con el operador de red que se produjo una preemption en esa ruta.</translation>
    </message>
    <message>
        <source>Reroute lower-priority traffic away from heavily used precedence routes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Desvíe el tráfico de menor prioridad fuera de las rutas de precedencia muy utilizadas.</translation>
    </message>
    <message>
        <source>Carries cause=9; the location shows which exchange preempted the circuit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=9; la ubicación muestra qué central ejerció la preemption sobre el circuito.</translation>
    </message>
    <message>
        <source>Cause 8 is plain preemption without reserving the circuit.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation>La causa 8 es una preemption simple, sin reserva del circuito.</translation>
    </message>
    <message>
        <source>Cause 46 blocks a precedence call at set-up.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation>La causa 46 bloquea una llamada con precedencia durante el establecimiento.</translation>
    </message>
</context>
<context>
    <name>q850:90</name>
    <message>
        <source>Non-existent CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>CUG inexistente</translation>
    </message>
    <message>
        <source>The specified closed user group does not exist.</source>
        <comment>summary</comment>
        <translation>El grupo cerrado de usuarios especificado no existe.</translation>
    </message>
    <message>
        <source>The closed user group identified in the call does not exist. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El grupo cerrado de usuarios identificado en la llamada no existe. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen only on CUG-based services when the interlock code sent with the call is wrong.</source>
        <comment>seenWhen</comment>
        <translation>Solo aparece en servicios basados en CUG cuando el código de interbloqueo enviado con la llamada es erróneo.</translation>
    </message>
    <message>
        <source>A network enforcing closed user groups.</source>
        <comment>sentBy</comment>
        <translation>Una red que aplica grupos cerrados de usuarios.</translation>
    </message>
    <message>
        <source>Retry only with a valid CUG.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con un CUG válido.</translation>
    </message>
    <message>
        <source>Check the CUG interlock code configured for the caller.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el código de interbloqueo de CUG configurado para el llamante.</translation>
    </message>
    <message>
        <source>Ask the operator for the correct CUG identity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Pida al operador la identidad de CUG correcta.</translation>
    </message>
    <message>
        <source>Carries cause=90.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=90.</translation>
    </message>
    <message>
        <source>Cause 87 means the CUG exists but the party is not in it.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>La causa 87 significa que el CUG existe, pero la parte no pertenece a él.</translation>
    </message>
    <message>
        <source>Cause 62 is an inconsistency in CUG outgoing access.</source>
        <comment>related q850:62</comment>
        <extracomment>How q850:62 differs</extracomment>
        <translation>La causa 62 es una incoherencia en el acceso saliente del CUG.</translation>
    </message>
</context>
<context>
    <name>q850:91</name>
    <message>
        <source>Invalid transit network selection (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Selección de red de tránsito no válida (uso nacional)</translation>
    </message>
    <message>
        <source>The transit network identification in the call is badly formatted.</source>
        <comment>summary</comment>
        <translation>La identificación de la red de tránsito en la llamada tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>A transit network identification was received in an incorrect format. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Se recibió una identificación de red de tránsito con un formato incorrecto. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen when a carrier selection code or transit network field added by the SBC or PBX does not match the national format.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un código de selección de operador o un campo de red de tránsito añadido por el SBC o la PBX no se ajusta al formato nacional.</translation>
    </message>
    <message>
        <source>A national exchange validating transit network selection.</source>
        <comment>sentBy</comment>
        <translation>Una central nacional que valida la selección de red de tránsito.</translation>
    </message>
    <message>
        <source>Retry with a correct or no transit network selection.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una selección de red de tránsito correcta o sin ella.</translation>
    </message>
    <message>
        <source>Check the carrier selection code or transit network parameter added to the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el código de selección de operador o el parámetro de red de tránsito añadido a la llamada.</translation>
    </message>
    <message>
        <source>Remove it or correct its format.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Elimínelo o corrija su formato.</translation>
    </message>
    <message>
        <source>Retry the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reintente la llamada.</translation>
    </message>
    <message>
        <source>Carries cause=91.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=91.</translation>
    </message>
    <message>
        <source>Cause 2 means the selected network is valid but unreachable.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation>La causa 2 significa que la red seleccionada es válida, pero inalcanzable.</translation>
    </message>
    <message>
        <source>Cause 28 concerns the called number format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>La causa 28 se refiere al formato del número llamado.</translation>
    </message>
    <message>
        <source>A possible SIP rendering; RFC 3398 has no row for cause 91.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Una posible traducción a SIP; la RFC 3398 no tiene ninguna fila para la causa 91.</translation>
    </message>
</context>
<context>
    <name>q850:95</name>
    <message>
        <source>Invalid message, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mensaje no válido, sin especificar</translation>
    </message>
    <message>
        <source>A message was invalid and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>Un mensaje no era válido y no se aplica ninguna causa más específica.</translation>
    </message>
    <message>
        <source>Reports an invalid message event only when no other cause in the invalid message class applies. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Notifica un evento de mensaje no válido solo cuando no se aplica ninguna otra causa de la clase de mensajes no válidos. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen in the Reason header when a gateway cannot build or accept a valid PSTN message from the SIP call, for example malformed SIP-I content.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en la cabecera Reason cuando un gateway no puede construir o aceptar un mensaje PSTN válido a partir de la llamada SIP, por ejemplo por un contenido SIP-I mal formado.</translation>
    </message>
    <message>
        <source>Gateways and exchanges rejecting a malformed message.</source>
        <comment>sentBy</comment>
        <translation>Gateways y centrales que rechazan un mensaje mal formado.</translation>
    </message>
    <message>
        <source>Retry only after correcting the malformed content.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo después de corregir el contenido mal formado.</translation>
    </message>
    <message>
        <source>Check the INVITE for malformed numbers, headers or ISUP body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise el INVITE en busca de números, cabeceras o cuerpo ISUP mal formados.</translation>
    </message>
    <message>
        <source>Compare with a call that works on the same trunk.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compárelo con una llamada que funcione en la misma troncal.</translation>
    </message>
    <message>
        <source>Ask the carrier which message they rejected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pregunte al operador qué mensaje rechazó.</translation>
    </message>
    <message>
        <source>Carries cause=95.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=95.</translation>
    </message>
    <message>
        <source>Cause 96 names a missing mandatory element.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation>La causa 96 indica un elemento obligatorio ausente.</translation>
    </message>
    <message>
        <source>Cause 100 names bad element contents.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>La causa 100 indica un contenido de elemento erróneo.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>La causa 111 es el error de protocolo genérico.</translation>
    </message>
</context>
<context>
    <name>q850:96</name>
    <message>
        <source>Mandatory information element is missing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Falta un elemento de información obligatorio</translation>
    </message>
    <message>
        <source>A message lacked an information element that must be present.</source>
        <comment>summary</comment>
        <translation>A un mensaje le faltaba un elemento de información que debe estar presente.</translation>
    </message>
    <message>
        <source>The equipment received a message missing an information element that must be present before the message can be processed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo recibió un mensaje al que le falta un elemento de información que debe estar presente para poder procesar el mensaje. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen when the SIP call lacks data the gateway needs for the PSTN message, such as an empty called number or a missing calling number on a trunk that requires one.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando a la llamada SIP le faltan datos que el gateway necesita para el mensaje PSTN, como un número llamado vacío o la ausencia del número llamante en una troncal que lo exige.</translation>
    </message>
    <message>
        <source>Gateways and exchanges that require certain elements.</source>
        <comment>sentBy</comment>
        <translation>Gateways y centrales que exigen determinados elementos.</translation>
    </message>
    <message>
        <source>Retry with the missing information supplied.</source>
        <comment>retryNote</comment>
        <translation>Reintente aportando la información que falta.</translation>
    </message>
    <message>
        <source>Check that the Request-URI user part and To carry the called number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe que la parte de usuario de la Request-URI y To llevan el número llamado.</translation>
    </message>
    <message>
        <source>Check that From or P-Asserted-Identity provides a calling number if the carrier requires it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe que From o P-Asserted-Identity proporcionan un número llamante si el operador lo exige.</translation>
    </message>
    <message>
        <source>Review gateway rules that strip headers or digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise las reglas del gateway que eliminan cabeceras o dígitos.</translation>
    </message>
    <message>
        <source>Carries cause=96; the diagnostic may name the missing element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=96; el diagnóstico puede indicar el elemento que falta.</translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation>La causa 95 es el mensaje no válido genérico.</translation>
    </message>
    <message>
        <source>Cause 100 means the element is present but invalid.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>La causa 100 significa que el elemento está presente, pero no es válido.</translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>La causa 99 se refiere a elementos desconocidos.</translation>
    </message>
</context>
<context>
    <name>q850:97</name>
    <message>
        <source>Message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Tipo de mensaje inexistente o no implementado</translation>
    </message>
    <message>
        <source>A message of an unknown or unsupported type was received.</source>
        <comment>summary</comment>
        <translation>Se recibió un mensaje de un tipo desconocido o no admitido.</translation>
    </message>
    <message>
        <source>The equipment received a message type it does not recognise, because it is not defined or is defined but not implemented. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El equipo recibió un tipo de mensaje que no reconoce, porque no está definido o porque está definido pero no implementado. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen when the two sides of a PRI or ISUP link run different protocol variants, and a gateway relays the resulting cause in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando los dos lados de un enlace PRI o ISUP ejecutan variantes de protocolo distintas y un gateway retransmite la causa resultante en una cabecera Reason.</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment receiving an unsupported message.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN o ISUP que reciben un mensaje no admitido.</translation>
    </message>
    <message>
        <source>Retrying will not help until the protocol variants match.</source>
        <comment>retryNote</comment>
        <translation>Reintentar no servirá de nada hasta que coincidan las variantes de protocolo.</translation>
    </message>
    <message>
        <source>Check the ISDN switch type or ISUP variant on both sides.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el tipo de conmutador ISDN o la variante de ISUP en ambos lados.</translation>
    </message>
    <message>
        <source>Align protocol variants and versions.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Armonice las variantes y versiones del protocolo.</translation>
    </message>
    <message>
        <source>Capture the trace to see which message was not understood.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Capture la traza para ver qué mensaje no se entendió.</translation>
    </message>
    <message>
        <source>Carries cause=97.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=97.</translation>
    </message>
    <message>
        <source>Cause 98 adds the case of a message wrong for the call state.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>La causa 98 añade el caso de un mensaje inadecuado para el estado de la llamada.</translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown information elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>La causa 99 se refiere a elementos de información desconocidos.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>La causa 111 es el error de protocolo genérico.</translation>
    </message>
</context>
<context>
    <name>q850:98</name>
    <message>
        <source>Message not compatible with call state or message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mensaje no compatible con el estado de la llamada, o tipo de mensaje inexistente o no implementado</translation>
    </message>
    <message>
        <source>A message was unexpected in the current call state or of an unknown type.</source>
        <comment>summary</comment>
        <translation>Un mensaje era inesperado en el estado actual de la llamada o de un tipo desconocido.</translation>
    </message>
    <message>
        <source>The received message is not permissible in the current call state, or a STATUS message indicated an incompatible call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El mensaje recibido no está permitido en el estado actual de la llamada, o un mensaje STATUS indicó un estado de llamada incompatible. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Seen from PRI gateways when the two sides disagree on the call state, often during fast call tear-down or glare.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en gateways PRI cuando los dos lados discrepan sobre el estado de la llamada, a menudo durante una liberación rápida de la llamada o en situaciones de glare.</translation>
    </message>
    <message>
        <source>ISDN equipment that receives an out-of-sequence message.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN que reciben un mensaje fuera de secuencia.</translation>
    </message>
    <message>
        <source>A fresh call attempt may succeed; a persistent pattern needs protocol investigation.</source>
        <comment>retryNote</comment>
        <translation>Un nuevo intento de llamada puede tener éxito; un patrón persistente requiere investigar el protocolo.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Capture la traza Q.931 alrededor del fallo.</translation>
    </message>
    <message>
        <source>Look for messages crossing during set-up or release.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Busque mensajes que se crucen durante el establecimiento o la liberación.</translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe la configuración del tipo de conmutador (switch type) en el span.</translation>
    </message>
    <message>
        <source>Carries cause=98.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=98.</translation>
    </message>
    <message>
        <source>Cause 101 is the plain call-state mismatch.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>La causa 101 es la simple discrepancia de estado de la llamada.</translation>
    </message>
    <message>
        <source>Cause 97 is the plain unknown message type.</source>
        <comment>related q850:97</comment>
        <extracomment>How q850:97 differs</extracomment>
        <translation>La causa 97 es el simple tipo de mensaje desconocido.</translation>
    </message>
    <message>
        <source>Cause 30 marks the status exchange that often reveals the mismatch.</source>
        <comment>related q850:30</comment>
        <extracomment>How q850:30 differs</extracomment>
        <translation>La causa 30 marca el intercambio de estado que a menudo revela la discrepancia.</translation>
    </message>
</context>
<context>
    <name>q850:99</name>
    <message>
        <source>Information element/parameter non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Elemento de información/parámetro inexistente o no implementado</translation>
    </message>
    <message>
        <source>A message contained an element or parameter the receiver does not recognise.</source>
        <comment>summary</comment>
        <translation>Un mensaje contenía un elemento o parámetro que el receptor no reconoce.</translation>
    </message>
    <message>
        <source>The message included information elements or parameters that are undefined or not implemented by the receiver; they were discarded. The element is not needed to process the message. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>El mensaje incluía elementos de información o parámetros no definidos o no implementados por el receptor; se descartaron. El elemento no es necesario para procesar el mensaje. La RFC 3398 no tiene ninguna fila para ella.</translation>
    </message>
    <message>
        <source>Usually reported in status messages; if a call fails with Reason: Q.850;cause=99, the far side is stricter than expected about an optional element the gateway sends.</source>
        <comment>seenWhen</comment>
        <translation>Normalmente se notifica en mensajes de estado; si una llamada falla con Reason: Q.850;cause=99, el extremo remoto es más estricto de lo esperado con un elemento opcional que envía el gateway.</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment meeting an unknown element.</source>
        <comment>sentBy</comment>
        <translation>Equipos ISDN o ISUP que encuentran un elemento desconocido.</translation>
    </message>
    <message>
        <source>Retry without the unrecognised element.</source>
        <comment>retryNote</comment>
        <translation>Reintente sin el elemento no reconocido.</translation>
    </message>
    <message>
        <source>Identify the element named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique el elemento indicado en el diagnóstico.</translation>
    </message>
    <message>
        <source>Stop sending that optional element or parameter on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Deje de enviar ese elemento o parámetro opcional en esta ruta.</translation>
    </message>
    <message>
        <source>Align protocol variants on both sides.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Armonice las variantes de protocolo en ambos lados.</translation>
    </message>
    <message>
        <source>Carries cause=99.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Lleva cause=99.</translation>
    </message>
    <message>
        <source>Cause 103 is the ISUP case where the parameter is passed on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation>La causa 103 es el caso ISUP en el que el parámetro se transfiere.</translation>
    </message>
    <message>
        <source>Cause 110 means the whole message was discarded.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation>La causa 110 significa que se descartó el mensaje completo.</translation>
    </message>
    <message>
        <source>Cause 100 means the element is known but badly coded.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>La causa 100 significa que el elemento es conocido, pero está mal codificado.</translation>
    </message>
</context>
<context>
    <name>sip:100</name>
    <message>
        <source>Trying</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Intentando</translation>
    </message>
    <message>
        <source>Hop-by-hop acknowledgement that the next hop received the INVITE and is working on it.</source>
        <comment>summary</comment>
        <translation>Acuse salto a salto de que el siguiente salto recibió el INVITE y lo está procesando.</translation>
    </message>
    <message>
        <source>100 Trying tells the previous hop that the request arrived and is being processed, so it can stop retransmitting. It says nothing about the callee, because it comes from whichever element received the INVITE rather than from the far end. Unlike the other provisional responses it never creates an early dialog, and RFC 3261 discourages sending provisional responses to non-INVITE requests at all.</source>
        <comment>description</comment>
        <translation>100 Trying indica al salto anterior que la solicitud llegó y se está procesando, de modo que puede dejar de retransmitirla. No dice nada sobre el llamado, porque procede del elemento que haya recibido el INVITE y no del extremo remoto. A diferencia de las demás respuestas provisionales, nunca crea un diálogo temprano, y RFC 3261 desaconseja enviar respuestas provisionales a solicitudes que no sean INVITE.</translation>
    </message>
    <message>
        <source>It normally arrives within milliseconds of sending an INVITE to a proxy, SBC or PBX, since the INVITE server transaction must send it when its TU will not answer within 200 ms. Over UDP, receiving it stops INVITE retransmissions (Timer A) and moves the client transaction out of the Calling state, so Timer B no longer applies. A trace with 100 Trying followed by a long silence means the problem lies beyond the element that sent it.</source>
        <comment>seenWhen</comment>
        <translation>Normalmente llega a los pocos milisegundos de enviar un INVITE a un proxy, SBC o PBX, ya que la transacción servidor INVITE debe enviarla cuando su TU no va a responder en 200 ms. Sobre UDP, recibirla detiene las retransmisiones del INVITE (Timer A) y saca la transacción cliente del estado Calling, por lo que Timer B deja de aplicarse. Una traza con 100 Trying seguida de un largo silencio indica que el problema está más allá del elemento que la envió.</translation>
    </message>
    <message>
        <source>Any element that accepts an INVITE can send it: stateful proxies, SBCs, PBXs and gateways answer with it at once, and user agents may too. Each hop generates its own 100 instead of relaying the one it received.</source>
        <comment>sentBy</comment>
        <translation>Cualquier elemento que acepte un INVITE puede enviarla: proxies con estado, SBC, PBX y pasarelas (gateways) responden con ella de inmediato, y los agentes de usuario también pueden hacerlo. Cada salto genera su propio 100 en lugar de reenviar el que recibió.</translation>
    </message>
    <message>
        <source>Nothing to retry; 100 is informational and only stops INVITE retransmissions on unreliable transports. Proxies absorb it and never forward it upstream, so a 100 in your trace always comes from the adjacent hop.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; 100 es informativa y solo detiene las retransmisiones del INVITE en transportes no fiables. Los proxies la absorben y nunca la reenvían aguas arriba, así que un 100 en su traza siempre procede del salto adyacente.</translation>
    </message>
    <message>
        <source>Treat the 100 as proof that the first hop is alive, and if the call stalls afterwards follow the INVITE to the next hop in the trace.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Tome el 100 como prueba de que el primer salto está activo y, si la llamada se detiene después, siga el INVITE hasta el siguiente salto en la traza.</translation>
    </message>
    <message>
        <source>If no 100 arrives and the INVITE keeps being retransmitted, check reachability of the first hop first: IP address, port, transport, firewall rules and NAT pinholes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si no llega ningún 100 y el INVITE se sigue retransmitiendo, compruebe primero la alcanzabilidad del primer salto: dirección IP, puerto, transporte, reglas de firewall y pinholes de NAT.</translation>
    </message>
    <message>
        <source>If your own proxy or SBC is slow to send 100, look at CPU load and at DNS or database lookups done before it responds, because a UDP caller keeps retransmitting the INVITE at 0.5, 1, 2 and 4 second intervals until it sees one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si su propio proxy o SBC tarda en enviar el 100, revise la carga de CPU y las consultas DNS o de base de datos que se hacen antes de responder, porque un llamante sobre UDP sigue retransmitiendo el INVITE a intervalos de 0,5, 1, 2 y 4 segundos hasta que recibe uno.</translation>
    </message>
    <message>
        <source>The top Via branch in the 100 shows which hop produced it, which tells you how far the INVITE got.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>El branch del Via superior en el 100 muestra qué salto lo generó, lo que indica hasta dónde llegó el INVITE.</translation>
    </message>
    <message>
        <source>If the INVITE carried Timestamp, the 100 echoes it so the client can estimate the round-trip time.</source>
        <comment>header Timestamp</comment>
        <extracomment>Why to inspect the Timestamp header</extracomment>
        <translation>Si el INVITE llevaba Timestamp, el 100 lo devuelve para que el cliente pueda estimar el tiempo de ida y vuelta.</translation>
    </message>
    <message>
        <source>First response that actually comes from the called side and creates an early dialog.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>Primera respuesta que realmente procede del lado llamado y crea un diálogo temprano.</translation>
    </message>
    <message>
        <source>Progress from the far side, usually with early media, rather than a hop-by-hop receipt.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Progreso desde el extremo remoto, normalmente con medios tempranos, en lugar de un acuse salto a salto.</translation>
    </message>
    <message>
        <source>What the caller reports locally when not even a 100 arrives before Timer B fires.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Lo que el llamante informa localmente cuando ni siquiera llega un 100 antes de que venza Timer B.</translation>
    </message>
</context>
<context>
    <name>sip:180</name>
    <message>
        <source>Ringing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>The called user agent received the INVITE and is alerting the user.</source>
        <comment>summary</comment>
        <translation>El agente de usuario llamado recibió el INVITE y está alertando al usuario.</translation>
    </message>
    <message>
        <source>180 Ringing means the destination user agent has the INVITE and is alerting, for example by ringing the handset. It carries a To tag and so creates an early dialog; when a proxy forks the call, several 180s with different To tags can arrive. It may carry SDP, in which case many callers play the received early media instead of generating local ringback.</source>
        <comment>description</comment>
        <translation>180 Ringing significa que el agente de usuario de destino tiene el INVITE y está alertando, por ejemplo haciendo sonar el terminal. Lleva un tag en To y, por tanto, crea un diálogo temprano; cuando un proxy bifurca (forking) la llamada, pueden llegar varios 180 con distintos tags de To. Puede llevar SDP, en cuyo caso muchos llamantes reproducen los medios tempranos recibidos en lugar de generar el tono de llamada (ringback) local.</translation>
    </message>
    <message>
        <source>It arrives shortly after the INVITE reaches a registered phone, or when a PSTN gateway receives ISUP ACM or ISDN ALERTING. It is often sent reliably with Require: 100rel and an RSeq header, and must then be acknowledged with PRACK. A common complaint is silent ringing, where the callee sends 180 without SDP but the caller expects early media, or a B2BUA strips the SDP.</source>
        <comment>seenWhen</comment>
        <translation>Llega poco después de que el INVITE alcance un teléfono registrado, o cuando una pasarela PSTN recibe un ACM de ISUP o un ALERTING de RDSI. A menudo se envía de forma fiable con Require: 100rel y una cabecera RSeq, y entonces debe confirmarse con PRACK. Una queja habitual es el timbre silencioso, en el que el llamado envía 180 sin SDP pero el llamante espera medios tempranos, o un B2BUA elimina el SDP.</translation>
    </message>
    <message>
        <source>The called user agent (phone, softphone, PBX extension) sends it, or a gateway does so when the PSTN side reports alerting. Proxies forward it but do not create it.</source>
        <comment>sentBy</comment>
        <translation>La envía el agente de usuario llamado (teléfono, softphone, extensión de PBX), o una pasarela cuando el lado PSTN informa de alerta. Los proxies la reenvían pero no la generan.</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for a final response. A forking proxy keeps all branches alive, and how long ringing lasts is decided by the caller&apos;s no-answer timer, a CANCEL, or proxy timers such as Timer C.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; espere una respuesta final. Un proxy con forking mantiene activas todas las ramas, y la duración del timbre la determina el temporizador de no respuesta del llamante, un CANCEL o temporizadores del proxy como Timer C.</translation>
    </message>
    <message>
        <source>If the caller hears nothing while the callee rings, check whether the 180 has SDP and whether the caller generates local ringback when it does not.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Si el llamante no oye nada mientras suena el llamado, compruebe si el 180 lleva SDP y si el llamante genera ringback local cuando no lo lleva.</translation>
    </message>
    <message>
        <source>If the 180 carries SDP, confirm the c= address and m= port are reachable and that the SBC opens the media path before answer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si el 180 lleva SDP, confirme que la dirección c= y el puerto m= son alcanzables y que el SBC abre la ruta de medios antes de la respuesta.</translation>
    </message>
    <message>
        <source>If the 180 uses Require: 100rel, verify the caller sends PRACK and gets a 200 for it; a missing PRACK makes the callee retransmit the 180 and can fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el 180 usa Require: 100rel, verifique que el llamante envía PRACK y recibe un 200 a este; la falta de PRACK hace que el llamado retransmita el 180 y puede hacer fallar la llamada.</translation>
    </message>
    <message>
        <source>On forked calls, match each 180 to its To tag to know which device is ringing.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>En llamadas bifurcadas, asocie cada 180 con su tag de To para saber qué dispositivo está sonando.</translation>
    </message>
    <message>
        <source>Remote target of the early dialog; PRACK and UPDATE are sent here.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Destino remoto del diálogo temprano; PRACK y UPDATE se envían aquí.</translation>
    </message>
    <message>
        <source>Present when the 180 is sent reliably; the caller must answer it with PRACK.</source>
        <comment>header RSeq</comment>
        <extracomment>Why to inspect the RSeq header</extracomment>
        <translation>Presente cuando el 180 se envía de forma fiable; el llamante debe responderlo con PRACK.</translation>
    </message>
    <message>
        <source>A value of application/sdp means the 180 carries a session description for early media.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Un valor application/sdp significa que el 180 lleva una descripción de sesión para medios tempranos.</translation>
    </message>
    <message>
        <source>Progress with early media such as announcements or network ringback, rather than alerting.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Progreso con medios tempranos, como locuciones o ringback de red, en lugar de alerta.</translation>
    </message>
    <message>
        <source>The callee answered; the early dialog becomes a confirmed dialog.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>El llamado contestó; el diálogo temprano pasa a ser un diálogo confirmado.</translation>
    </message>
    <message>
        <source>Tells the caller that one of the early dialogs created by a 180 has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation>Indica al llamante que uno de los diálogos tempranos creados por un 180 ha terminado.</translation>
    </message>
</context>
<context>
    <name>sip:181</name>
    <message>
        <source>Call Is Being Forwarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>La llamada se está desviando</translation>
    </message>
    <message>
        <source>A server tells the caller that the call is being diverted to another destination.</source>
        <comment>summary</comment>
        <translation>Un servidor informa al llamante de que la llamada se está desviando a otro destino.</translation>
    </message>
    <message>
        <source>181 is optional feedback that the call is being forwarded, for example because of call forwarding on busy, on no answer or unconditional. It does not change call state and the caller does not need to act on it. Like other provisional responses above 100, it creates an early dialog when it carries a To tag.</source>
        <comment>description</comment>
        <translation>181 es una notificación opcional de que la llamada se está desviando, por ejemplo por desvío si ocupado, si no contesta o incondicional. No cambia el estado de la llamada y el llamante no necesita hacer nada al respecto. Como otras respuestas provisionales superiores a 100, crea un diálogo temprano cuando lleva un tag en To.</translation>
    </message>
    <message>
        <source>It shows up on calls to PBXs and hosted voice platforms where the called extension has forwarding enabled, often together with History-Info or Diversion headers naming the original target. PSTN gateways may generate it when the ISUP side reports that the call was diverted. Some phones display a forwarding notice, while most simply ignore it.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en llamadas a PBX y plataformas de voz alojadas donde la extensión llamada tiene el desvío activado, a menudo junto con cabeceras History-Info o Diversion que nombran el destino original. Las pasarelas PSTN pueden generarla cuando el lado ISUP informa de que la llamada fue desviada. Algunos teléfonos muestran un aviso de desvío, mientras que la mayoría simplemente la ignora.</translation>
    </message>
    <message>
        <source>A proxy, PBX or application server that applies a forwarding rule sends it, or a gateway relaying a diversion indication from the PSTN.</source>
        <comment>sentBy</comment>
        <translation>La envía un proxy, PBX o servidor de aplicaciones que aplica una regla de desvío, o una pasarela que retransmite una indicación de desvío procedente de la PSTN.</translation>
    </message>
    <message>
        <source>Nothing to retry; keep waiting for the final response from the forwarded target.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; siga esperando la respuesta final del destino al que se desvió.</translation>
    </message>
    <message>
        <source>No fix is needed for the 181 itself; use it to confirm where forwarding took place.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>El 181 en sí no requiere corrección; úselo para confirmar dónde se produjo el desvío.</translation>
    </message>
    <message>
        <source>If the call ends up at an unexpected destination, read the History-Info or Diversion headers and check the forwarding rules of the subscriber they name.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si la llamada termina en un destino inesperado, lea las cabeceras History-Info o Diversion y compruebe las reglas de desvío del abonado que nombran.</translation>
    </message>
    <message>
        <source>If forwarded calls are rejected by a carrier, check whether the carrier requires Diversion or History-Info to accept a caller ID that is not one of your numbers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si un operador rechaza las llamadas desviadas, compruebe si exige Diversion o History-Info para aceptar un identificador de llamante que no sea uno de sus números.</translation>
    </message>
    <message>
        <source>Records each retargeting step and its reason (RFC 7044), showing who forwarded the call.</source>
        <comment>header History-Info</comment>
        <extracomment>Why to inspect the History-Info header</extracomment>
        <translation>Registra cada paso de redireccionamiento y su motivo (RFC 7044), mostrando quién desvió la llamada.</translation>
    </message>
    <message>
        <source>Older header from the historic RFC 5806, still common on SIP trunks, that names the forwarding party and reason.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation>Cabecera más antigua del RFC 5806 (histórico), aún habitual en troncales SIP, que nombra a la parte que desvía y el motivo.</translation>
    </message>
    <message>
        <source>Asks the caller to perform the forwarding itself instead of the server doing it.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Pide al llamante que realice él mismo el desvío en lugar de hacerlo el servidor.</translation>
    </message>
    <message>
        <source>Alerting at the final destination, which often follows a 181.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>Alerta en el destino final, que a menudo sigue a un 181.</translation>
    </message>
    <message>
        <source>Another informational status, meaning the call is held in a queue.</source>
        <comment>related 182</comment>
        <extracomment>How 182 differs</extracomment>
        <translation>Otro estado informativo, que significa que la llamada está retenida en una cola.</translation>
    </message>
</context>
<context>
    <name>sip:182</name>
    <message>
        <source>Queued</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>The callee is temporarily unavailable and the server has placed the call in a queue.</source>
        <comment>summary</comment>
        <translation>El llamado no está disponible temporalmente y el servidor ha puesto la llamada en una cola.</translation>
    </message>
    <message>
        <source>182 Queued says the called party cannot take the call right now, but the server has queued it instead of rejecting it. The reason phrase may carry details such as the queue position or the expected wait, and a server may send several 182s as the queue moves. It is provisional and does not end the transaction.</source>
        <comment>description</comment>
        <translation>182 Queued indica que la parte llamada no puede atender la llamada en este momento, pero el servidor la ha puesto en cola en lugar de rechazarla. La frase de motivo puede incluir detalles como la posición en la cola o la espera prevista, y un servidor puede enviar varios 182 a medida que avanza la cola. Es provisional y no finaliza la transacción.</translation>
    </message>
    <message>
        <source>Contact centre platforms, ACD queues and PBXs with camp-on features can send it while the caller waits. In practice most queue systems answer with 200 and play music or announcements instead, so a genuine 182 is uncommon in traces.</source>
        <comment>seenWhen</comment>
        <translation>Las plataformas de centro de contacto, las colas ACD y las PBX con funciones de retrollamada en espera (camp-on) pueden enviarla mientras el llamante espera. En la práctica, la mayoría de los sistemas de colas responden con 200 y reproducen música o locuciones, por lo que un 182 genuino es poco común en las trazas.</translation>
    </message>
    <message>
        <source>A UAS or queueing application, such as an ACD or contact centre platform, sends it while it holds the call until an agent or the callee is free.</source>
        <comment>sentBy</comment>
        <translation>La envía un UAS o una aplicación de colas, como un ACD o una plataforma de centro de contacto, mientras retiene la llamada hasta que un agente o el llamado queda libre.</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Proxies in the path should allow a long pre-answer phase (Timer C is longer than 3 minutes) so queued calls are not timed out.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; espere la respuesta final. Los proxies en la ruta deben permitir una fase previa a la respuesta prolongada (Timer C es superior a 3 minutos) para que las llamadas en cola no expiren.</translation>
    </message>
    <message>
        <source>Confirm the caller&apos;s device tolerates a long provisional phase, since an INVITE transaction may stay in the Proceeding state for minutes.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Confirme que el dispositivo del llamante tolera una fase provisional larga, ya que una transacción INVITE puede permanecer en el estado Proceeding durante minutos.</translation>
    </message>
    <message>
        <source>Check proxy Timer C and any no-answer timers on SBCs so queued calls are not cut off with 408 or CANCEL while they wait.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe el Timer C del proxy y los temporizadores de no respuesta de los SBC para que las llamadas en cola no se corten con 408 o CANCEL mientras esperan.</translation>
    </message>
    <message>
        <source>If the caller should hear announcements before answer, send 183 with early media SDP, because a 182 without SDP gives the caller nothing to hear.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el llamante debe oír locuciones antes de la respuesta, envíe 183 con SDP de medios tempranos, porque un 182 sin SDP no le da nada que oír.</translation>
    </message>
    <message>
        <source>The callee is being alerted now rather than waiting in a queue.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>El llamado está siendo alertado ahora en lugar de esperar en una cola.</translation>
    </message>
    <message>
        <source>Progress with early media, the usual way to play queue announcements before answer.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Progreso con medios tempranos, la forma habitual de reproducir locuciones de cola antes de la respuesta.</translation>
    </message>
    <message>
        <source>The callee is busy and the server rejects the call instead of queuing it.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>El llamado está ocupado y el servidor rechaza la llamada en lugar de ponerla en cola.</translation>
    </message>
</context>
<context>
    <name>sip:183</name>
    <message>
        <source>Session Progress</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Call setup progress, usually carrying SDP so the caller can hear early media.</source>
        <comment>summary</comment>
        <translation>Progreso del establecimiento de la llamada, normalmente con SDP para que el llamante oiga medios tempranos.</translation>
    </message>
    <message>
        <source>183 Session Progress reports call setup progress that the other provisional codes do not cover. In practice it almost always carries SDP so that early media, such as network ringback, announcements or IVR prompts, can flow before the call is answered. Like 180 it carries a To tag and creates an early dialog.</source>
        <comment>description</comment>
        <translation>183 Session Progress informa del progreso del establecimiento de la llamada que no cubren los demás códigos provisionales. En la práctica casi siempre lleva SDP para que los medios tempranos, como ringback de red, locuciones o mensajes de IVR, puedan fluir antes de que se conteste la llamada. Como 180, lleva un tag en To y crea un diálogo temprano.</translation>
    </message>
    <message>
        <source>Calls towards the PSTN are the typical source: a gateway or carrier trunk sends 183 when ISUP ACM or CPG indicate in-band information. It is often sent reliably with Require: 100rel and RSeq, and in IMS networks P-Early-Media may accompany it to authorize the media. Missing or one-way early audio, unheard recorded announcements and &apos;no ringback&apos; complaints usually trace back to how the 183 SDP was handled.</source>
        <comment>seenWhen</comment>
        <translation>Las llamadas hacia la PSTN son la fuente típica: una pasarela o troncal de operador envía 183 cuando un ACM o CPG de ISUP indica información dentro de banda. A menudo se envía de forma fiable con Require: 100rel y RSeq, y en redes IMS puede ir acompañada de P-Early-Media para autorizar los medios. El audio temprano ausente o unidireccional, las locuciones grabadas que no se oyen y las quejas de &apos;no hay ringback&apos; suelen deberse a cómo se trató el SDP del 183.</translation>
    </message>
    <message>
        <source>Mostly PSTN gateways, carrier SBCs, PBXs and media servers that want to play tones or announcements before answer. Desk phones rarely send it.</source>
        <comment>sentBy</comment>
        <translation>Principalmente pasarelas PSTN, SBC de operador, PBX y servidores de medios que quieren reproducir tonos o locuciones antes de la respuesta. Los teléfonos de sobremesa rara vez la envían.</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Announcements carried in a 183 often precede a failure such as 404 or 486, so read the final response to learn the outcome.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; espere la respuesta final. Las locuciones transportadas en un 183 suelen preceder a un fallo como 404 o 486, así que lea la respuesta final para conocer el resultado.</translation>
    </message>
    <message>
        <source>Check that the 183 contains SDP and that its c= address and m= port are reachable from the caller, especially through NAT and SBCs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe que el 183 contiene SDP y que su dirección c= y su puerto m= son alcanzables desde el llamante, sobre todo a través de NAT y SBC.</translation>
    </message>
    <message>
        <source>Verify the caller, or its SBC, actually opens and plays early media; some devices ignore it unless configured to do so.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verifique que el llamante, o su SBC, realmente abre y reproduce los medios tempranos; algunos dispositivos los ignoran salvo que se configuren para ello.</translation>
    </message>
    <message>
        <source>If the 183 requires 100rel, confirm the caller supports it and sends PRACK, otherwise the UAS retransmits and may fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el 183 requiere 100rel, confirme que el llamante lo admite y envía PRACK; de lo contrario, el UAS retransmite y puede hacer fallar la llamada.</translation>
    </message>
    <message>
        <source>Compare the SDP in the 183 with the SDP in the 200 OK; a gateway that changes codec or address between them often makes audio drop at answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Compare el SDP del 183 con el SDP del 200 OK; una pasarela que cambia de códec o de dirección entre ambos suele provocar que el audio se corte al contestar.</translation>
    </message>
    <message>
        <source>A value of application/sdp marks an early media description; without a body there is nothing to play.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Un valor application/sdp indica una descripción de medios tempranos; sin cuerpo no hay nada que reproducir.</translation>
    </message>
    <message>
        <source>Require: 100rel together with RSeq means the caller must send PRACK for this 183.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Require: 100rel junto con RSeq significa que el llamante debe enviar PRACK para este 183.</translation>
    </message>
    <message>
        <source>Used in IMS and by some carriers (RFC 5009) to state whether early media is authorized and in which direction.</source>
        <comment>header P-Early-Media</comment>
        <extracomment>Why to inspect the P-Early-Media header</extracomment>
        <translation>Se usa en IMS y por algunos operadores (RFC 5009) para indicar si los medios tempranos están autorizados y en qué sentido.</translation>
    </message>
    <message>
        <source>Alerting indication; it may also carry SDP but does not imply in-band progress information.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>Indicación de alerta; también puede llevar SDP, pero no implica información de progreso dentro de banda.</translation>
    </message>
    <message>
        <source>Tells the caller that an early dialog, possibly one carrying early media, has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation>Indica al llamante que un diálogo temprano, posiblemente uno con medios tempranos, ha terminado.</translation>
    </message>
    <message>
        <source>What the callee returns when it cannot accept the offered SDP at all.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Lo que devuelve el llamado cuando no puede aceptar en absoluto el SDP ofrecido.</translation>
    </message>
</context>
<context>
    <name>sip:199</name>
    <message>
        <source>Early Dialog Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Diálogo temprano terminado</translation>
    </message>
    <message>
        <source>An early dialog created by an earlier provisional response ended before the final response.</source>
        <comment>summary</comment>
        <translation>Un diálogo temprano creado por una respuesta provisional anterior terminó antes de la respuesta final.</translation>
    </message>
    <message>
        <source>199 lets a UAS or a forking proxy tell upstream elements that one early dialog is finished while the INVITE transaction is still open. Its To tag identifies which early dialog ended, so the caller can stop rendering media for it and release resources tied to it. It may only be sent when the caller announced support by listing the 199 option-tag in Supported.</source>
        <comment>description</comment>
        <translation>199 permite a un UAS o a un proxy con forking informar a los elementos aguas arriba de que un diálogo temprano ha finalizado mientras la transacción INVITE sigue abierta. Su tag de To identifica qué diálogo temprano terminó, de modo que el llamante puede dejar de reproducir sus medios y liberar los recursos asociados. Solo puede enviarse cuando el llamante ha anunciado su soporte incluyendo el option-tag 199 en Supported.</translation>
    </message>
    <message>
        <source>It appears on forked calls, such as parallel ringing or several registered devices for one user, where branches answered with 180 or 183 and one branch then rejects with 486 or 603 while the others keep ringing. The forking proxy cannot forward that final response yet, so it sends 199 upstream instead. Gateways and SBCs use it to stop playing early media from the branch that died.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en llamadas bifurcadas, como el timbre en paralelo o varios dispositivos registrados para un mismo usuario, donde las ramas respondieron con 180 o 183 y luego una rama rechaza con 486 o 603 mientras las demás siguen sonando. El proxy con forking aún no puede reenviar esa respuesta final, así que envía 199 aguas arriba en su lugar. Las pasarelas y los SBC la usan para dejar de reproducir los medios tempranos de la rama que terminó.</translation>
    </message>
    <message>
        <source>A forking proxy sends it when a branch ends with a non-2xx final response that it is not forwarding yet; a UAS may send it when it ends one of its own early dialogs.</source>
        <comment>sentBy</comment>
        <translation>La envía un proxy con forking cuando una rama termina con una respuesta final no 2xx que todavía no reenvía; un UAS puede enviarla cuando finaliza uno de sus propios diálogos tempranos.</translation>
    </message>
    <message>
        <source>Nothing to retry; the INVITE transaction continues on the remaining branches. Wait for the final response that the proxy eventually forwards.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; la transacción INVITE continúa en las ramas restantes. Espere la respuesta final que el proxy acabará reenviando.</translation>
    </message>
    <message>
        <source>Check that the INVITE lists 199 in Supported if you expect the network to send it; otherwise proxies and UAS must stay silent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe que el INVITE incluye 199 en Supported si espera que la red lo envíe; de lo contrario, los proxies y el UAS deben permanecer en silencio.</translation>
    </message>
    <message>
        <source>Match the To tag of the 199 with the earlier 180 or 183 to see which branch ended.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Asocie el tag de To del 199 con el 180 o 183 anterior para ver qué rama terminó.</translation>
    </message>
    <message>
        <source>If early media from a rejected branch keeps playing, confirm that the caller or its SBC acts on 199 and stops that media stream.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si siguen reproduciéndose los medios tempranos de una rama rechazada, confirme que el llamante o su SBC actúa ante el 199 y detiene ese flujo de medios.</translation>
    </message>
    <message>
        <source>Do not expect an SDP answer in a 199; look at the Reason header, if present, for why the branch ended.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>No espere una respuesta SDP en un 199; consulte la cabecera Reason, si está presente, para saber por qué terminó la rama.</translation>
    </message>
    <message>
        <source>The caller&apos;s INVITE must carry the 199 option-tag before anyone may send a 199.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>El INVITE del llamante debe llevar el option-tag 199 antes de que nadie pueda enviar un 199.</translation>
    </message>
    <message>
        <source>The tag identifies the early dialog that was terminated.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation>El tag identifica el diálogo temprano que se terminó.</translation>
    </message>
    <message>
        <source>May carry the SIP response code that ended the branch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Puede llevar el código de respuesta SIP que finalizó la rama.</translation>
    </message>
    <message>
        <source>Creates the kind of early dialog, with early media, that a 199 later closes.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Crea el tipo de diálogo temprano, con medios tempranos, que un 199 cierra después.</translation>
    </message>
    <message>
        <source>A typical branch rejection that makes a forking proxy send 199 while other branches keep ringing.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Un rechazo típico de rama que hace que un proxy con forking envíe 199 mientras las demás ramas siguen sonando.</translation>
    </message>
    <message>
        <source>Final response ending the whole INVITE transaction rather than one branch.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>Respuesta final que termina toda la transacción INVITE y no solo una rama.</translation>
    </message>
</context>
<context>
    <name>sip:200</name>
    <message>
        <source>OK</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>The request succeeded; for INVITE the call is answered and must be confirmed with ACK.</source>
        <comment>summary</comment>
        <translation>La solicitud tuvo éxito; para INVITE la llamada se ha contestado y debe confirmarse con ACK.</translation>
    </message>
    <message>
        <source>200 OK is the generic success response, and what it means depends on the method. For INVITE the callee answered: the 200 normally carries the SDP answer, or an offer if the INVITE had none, and it establishes the dialog. For REGISTER it confirms the bindings and lists every current Contact with its expiry, while for BYE, CANCEL, OPTIONS and other methods it simply confirms the request.</source>
        <comment>description</comment>
        <translation>200 OK es la respuesta de éxito genérica, y su significado depende del método. Para INVITE, el llamado contestó: el 200 normalmente lleva la respuesta SDP, o una oferta si el INVITE no tenía ninguna, y establece el diálogo. Para REGISTER confirma los vínculos (bindings) y enumera cada Contact vigente con su caducidad, mientras que para BYE, CANCEL, OPTIONS y otros métodos simplemente confirma la solicitud.</translation>
    </message>
    <message>
        <source>You see it at call answer, in reply to REGISTER refreshes, to OPTIONS keepalives from SBCs and trunks, and when calls are closed with BYE. The classic 200-related failure is a call that drops after about 32 seconds: the UAS keeps retransmitting the 200 because the ACK never arrives, often due to a wrong Contact or Record-Route, NAT, or a private IP in the 200. Another is one-way audio after answer caused by an unreachable c= address in the SDP of the 200.</source>
        <comment>seenWhen</comment>
        <translation>Lo verá al contestar una llamada, en respuesta a refrescos de REGISTER, a keepalives OPTIONS de SBC y troncales, y al cerrar llamadas con BYE. El fallo clásico relacionado con el 200 es una llamada que se corta a los 32 segundos aproximadamente: el UAS sigue retransmitiendo el 200 porque el ACK nunca llega, a menudo por un Contact o Record-Route erróneo, NAT o una IP privada en el 200. Otro es el audio unidireccional tras la respuesta causado por una dirección c= inalcanzable en el SDP del 200.</translation>
    </message>
    <message>
        <source>The UAS that handled the request sends it: the answering phone or gateway for INVITE, the registrar for REGISTER. Proxies forward the 200 to INVITE unchanged and answer CANCEL hop by hop with a 200 of their own.</source>
        <comment>sentBy</comment>
        <translation>La envía el UAS que gestionó la solicitud: el teléfono o la pasarela que contesta para INVITE, el registrador (registrar) para REGISTER. Los proxies reenvían sin cambios el 200 a INVITE y responden a CANCEL salto a salto con un 200 propio.</translation>
    </message>
    <message>
        <source>Nothing to retry. A forking proxy forwards every 200 it receives for an INVITE, so a caller may get more than one and must ACK each of them, then usually sends BYE on the dialogs it does not want.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar. Un proxy con forking reenvía cada 200 que recibe para un INVITE, de modo que un llamante puede recibir más de uno y debe enviar ACK a cada uno; después suele enviar BYE en los diálogos que no quiere.</translation>
    </message>
    <message>
        <source>For INVITE, confirm an ACK follows every 200 and reaches the UAS; if the 200 is retransmitted, trace where the ACK goes using the Contact and Record-Route of the 200.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Para INVITE, confirme que a cada 200 le sigue un ACK que llega al UAS; si el 200 se retransmite, rastree adónde va el ACK usando el Contact y el Record-Route del 200.</translation>
    </message>
    <message>
        <source>Check the Contact and SDP addresses in the 200 for private or wrong IPs, and fix NAT handling on the SBC, the router ALG or the phone&apos;s public address settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise las direcciones de Contact y SDP en el 200 en busca de IP privadas o erróneas, y corrija el tratamiento de NAT en el SBC, el ALG del router o la configuración de dirección pública del teléfono.</translation>
    </message>
    <message>
        <source>For REGISTER, read the expires values returned for each Contact; the registrar may grant a shorter interval than requested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Para REGISTER, lea los valores expires devueltos para cada Contact; el registrador puede conceder un intervalo más corto que el solicitado.</translation>
    </message>
    <message>
        <source>If calls drop at 32 seconds, treat it as a lost ACK problem rather than a media problem.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si las llamadas se cortan a los 32 segundos, trátelo como un problema de ACK perdido y no como un problema de medios.</translation>
    </message>
    <message>
        <source>For INVITE this is the remote target for ACK and later requests; for REGISTER it lists the active bindings with their expiry.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Para INVITE es el destino remoto del ACK y de las solicitudes posteriores; para REGISTER enumera los vínculos activos con su caducidad.</translation>
    </message>
    <message>
        <source>Defines the route set that ACK, re-INVITE and BYE must follow.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation>Define el conjunto de rutas (route set) que deben seguir ACK, re-INVITE y BYE.</translation>
    </message>
    <message>
        <source>A value of application/sdp in a 200 to INVITE carries the media answer, or the offer if the INVITE had no SDP.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Un valor application/sdp en un 200 a INVITE lleva la respuesta de medios, o la oferta si el INVITE no tenía SDP.</translation>
    </message>
    <message>
        <source>Older stacks answer REFER and SUBSCRIBE with it where 200 is now expected.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation>Las pilas más antiguas responden con ella a REFER y SUBSCRIBE donde ahora se espera 200.</translation>
    </message>
    <message>
        <source>Also a success for SUBSCRIBE, but announces that no NOTIFY will follow.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>También es un éxito para SUBSCRIBE, pero anuncia que no seguirá ningún NOTIFY.</translation>
    </message>
    <message>
        <source>Typical answer to BYE or re-INVITE when the dialog was never confirmed because the ACK for the 200 was lost.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Respuesta típica a BYE o re-INVITE cuando el diálogo nunca se confirmó porque se perdió el ACK del 200.</translation>
    </message>
</context>
<context>
    <name>sip:202</name>
    <message>
        <source>Accepted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Request accepted but not yet acted upon; once used for SUBSCRIBE and REFER, now deprecated.</source>
        <comment>summary</comment>
        <translation>Solicitud aceptada pero aún no procesada; se usaba para SUBSCRIBE y REFER, ahora está obsoleta.</translation>
    </message>
    <message>
        <source>202 Accepted says the request was accepted for processing and that the outcome will be reported later. RFC 3265 used it for subscriptions that were accepted but not yet authorized, and RFC 3515 made it the normal answer to REFER, whose progress is then reported in NOTIFY requests with sipfrag bodies. RFC 6665 deprecated it because subscription state is reported in NOTIFY anyway, so current stacks send 200 and treat an incoming 202 the same way.</source>
        <comment>description</comment>
        <translation>202 Accepted indica que la solicitud se aceptó para su procesamiento y que el resultado se informará más adelante. RFC 3265 la usaba para suscripciones aceptadas pero aún no autorizadas, y RFC 3515 la convirtió en la respuesta normal a REFER, cuyo progreso se informa después en solicitudes NOTIFY con cuerpos sipfrag. RFC 6665 la declaró obsoleta porque el estado de la suscripción se informa de todos modos en NOTIFY, por lo que las pilas actuales envían 200 y tratan un 202 entrante de la misma manera.</translation>
    </message>
    <message>
        <source>Blind and attended transfers are the usual place: many phones and PBXs still answer REFER with 202, followed by NOTIFY requests whose message/sipfrag body reads &apos;SIP/2.0 100 Trying&apos; and later the final result. Older presence and BLF servers may also return 202 to SUBSCRIBE while authorization is pending. Seeing it in a trace is normal and not an error in itself.</source>
        <comment>seenWhen</comment>
        <translation>Las transferencias ciegas y asistidas son el lugar habitual: muchos teléfonos y PBX siguen respondiendo a REFER con 202, seguido de solicitudes NOTIFY cuyo cuerpo message/sipfrag dice &apos;SIP/2.0 100 Trying&apos; y después el resultado final. Los servidores de presencia y BLF más antiguos también pueden devolver 202 a SUBSCRIBE mientras la autorización está pendiente. Verla en una traza es normal y no constituye un error en sí.</translation>
    </message>
    <message>
        <source>Phones, PBXs and presence servers that accept a REFER or SUBSCRIBE send it, mostly implementations written to RFC 3265 or RFC 3515 before RFC 6665 appeared.</source>
        <comment>sentBy</comment>
        <translation>La envían teléfonos, PBX y servidores de presencia que aceptan un REFER o SUBSCRIBE, sobre todo implementaciones escritas según RFC 3265 o RFC 3515 antes de que apareciera RFC 6665.</translation>
    </message>
    <message>
        <source>Nothing to retry; the request succeeded. Wait for the NOTIFY the accepting side must send, and treat the subscription as failed if none arrives within Timer N (64*T1).</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; la solicitud tuvo éxito. Espere el NOTIFY que debe enviar el lado que acepta, y considere fallida la suscripción si no llega ninguno dentro de Timer N (64*T1).</translation>
    </message>
    <message>
        <source>Introduced for SUBSCRIBE by RFC 3265 and used for REFER by RFC 3515, it was deprecated by RFC 6665, so compliant elements send 200 and treat a received 202 like 200.</source>
        <comment>statusNote</comment>
        <translation>Introducida para SUBSCRIBE por RFC 3265 y usada para REFER por RFC 3515, quedó obsoleta con RFC 6665, por lo que los elementos conformes envían 200 y tratan un 202 recibido como un 200.</translation>
    </message>
    <message>
        <source>Treat 202 exactly like 200, and do not fail a transfer or a subscription because the code is 202.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Trate 202 exactamente igual que 200, y no dé por fallida una transferencia o una suscripción porque el código sea 202.</translation>
    </message>
    <message>
        <source>For REFER, follow the NOTIFY requests and their sipfrag bodies to learn whether the transferred call actually succeeded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Para REFER, siga las solicitudes NOTIFY y sus cuerpos sipfrag para saber si la llamada transferida tuvo éxito realmente.</translation>
    </message>
    <message>
        <source>For SUBSCRIBE, read Subscription-State in the NOTIFY (pending, active or terminated) instead of inferring state from the 202.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Para SUBSCRIBE, lea Subscription-State en el NOTIFY (pending, active o terminated) en lugar de deducir el estado a partir del 202.</translation>
    </message>
    <message>
        <source>In a response to SUBSCRIBE it gives the subscription duration the notifier granted.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>En una respuesta a SUBSCRIBE indica la duración de la suscripción concedida por el notificador.</translation>
    </message>
    <message>
        <source>Remote target for the subscription dialog, where refreshes and later requests are sent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Destino remoto del diálogo de suscripción, adonde se envían los refrescos y las solicitudes posteriores.</translation>
    </message>
    <message>
        <source>The response RFC 6665 requires in place of 202.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>La respuesta que RFC 6665 exige en lugar de 202.</translation>
    </message>
    <message>
        <source>Success for a conditional SUBSCRIBE where no NOTIFY will be sent.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>Éxito para un SUBSCRIBE condicional en el que no se enviará ningún NOTIFY.</translation>
    </message>
    <message>
        <source>Rejects a SUBSCRIBE or REFER because the event package is not supported.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>Rechaza un SUBSCRIBE o REFER porque el paquete de eventos no está soportado.</translation>
    </message>
</context>
<context>
    <name>sip:204</name>
    <message>
        <source>No Notification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Sin notificación</translation>
    </message>
    <message>
        <source>A conditional SUBSCRIBE succeeded and the state is unchanged, so no NOTIFY will follow.</source>
        <comment>summary</comment>
        <translation>Un SUBSCRIBE condicional tuvo éxito y el estado no ha cambiado, por lo que no seguirá ningún NOTIFY.</translation>
    </message>
    <message>
        <source>204 belongs to the conditional event notification extension of RFC 5839. The subscriber refreshes a subscription with a Suppress-If-Match header holding the entity-tag of the state it already has, and if that state has not changed the notifier answers 204 and skips the NOTIFY. It is only valid in response to a SUBSCRIBE sent within an existing subscription dialog.</source>
        <comment>description</comment>
        <translation>204 pertenece a la extensión de notificación condicional de eventos de RFC 5839. El suscriptor refresca una suscripción con una cabecera Suppress-If-Match que contiene la entity-tag del estado que ya tiene, y si ese estado no ha cambiado el notificador responde 204 y omite el NOTIFY. Solo es válida como respuesta a un SUBSCRIBE enviado dentro de un diálogo de suscripción existente.</translation>
    </message>
    <message>
        <source>It appears with presence, dialog and registration event subscriptions from clients that support entity-tags, typically on refresh SUBSCRIBEs for presence lists or BLF. It saves traffic for mobile clients and busy presence servers because unchanged state is not sent again. Few desk phones use it.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en suscripciones a eventos de presencia, de diálogo y de registro desde clientes que admiten entity-tags, normalmente en SUBSCRIBE de refresco para listas de presencia o BLF. Ahorra tráfico a los clientes móviles y a los servidores de presencia con mucha carga, porque el estado sin cambios no se vuelve a enviar. Pocos teléfonos de sobremesa la usan.</translation>
    </message>
    <message>
        <source>A notifier that supports RFC 5839 entity-tags, such as a presence server or a PBX offering dialog-state subscriptions, sends it.</source>
        <comment>sentBy</comment>
        <translation>La envía un notificador que admite las entity-tags de RFC 5839, como un servidor de presencia o una PBX que ofrece suscripciones al estado de diálogo.</translation>
    </message>
    <message>
        <source>Nothing to retry; the subscription has been refreshed. Refresh it again before it expires, again using Suppress-If-Match if state is only wanted when it changes.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar; la suscripción se ha refrescado. Vuelva a refrescarla antes de que caduque, de nuevo con Suppress-If-Match si solo quiere el estado cuando cambie.</translation>
    </message>
    <message>
        <source>Treat 204 as a successful refresh and keep the state from the last NOTIFY.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Trate 204 como un refresco correcto y conserve el estado del último NOTIFY.</translation>
    </message>
    <message>
        <source>Read the Expires value of the 204 to schedule the next refresh.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lea el valor de Expires del 204 para programar el siguiente refresco.</translation>
    </message>
    <message>
        <source>If the subscriber&apos;s view looks stale after a 204, check that the notifier creates a new entity-tag whenever the state changes; a notifier that reuses tags wrongly suppresses notifications.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si la vista del suscriptor parece desactualizada tras un 204, compruebe que el notificador crea una nueva entity-tag cada vez que cambia el estado; un notificador que reutiliza tags suprime notificaciones indebidamente.</translation>
    </message>
    <message>
        <source>Sent in the SUBSCRIBE; holds the entity-tag of the state the subscriber already has.</source>
        <comment>header Suppress-If-Match</comment>
        <extracomment>Why to inspect the Suppress-If-Match header</extracomment>
        <translation>Se envía en el SUBSCRIBE; contiene la entity-tag del estado que el suscriptor ya tiene.</translation>
    </message>
    <message>
        <source>Carried in NOTIFY requests; the value the subscriber stores and sends back in Suppress-If-Match.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation>Se transporta en las solicitudes NOTIFY; es el valor que el suscriptor almacena y devuelve en Suppress-If-Match.</translation>
    </message>
    <message>
        <source>Gives the duration of the refreshed subscription.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Indica la duración de la suscripción refrescada.</translation>
    </message>
    <message>
        <source>Plain success, after which a NOTIFY with the current state is expected.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>Éxito simple, tras el cual se espera un NOTIFY con el estado actual.</translation>
    </message>
    <message>
        <source>Deprecated success code for SUBSCRIBE, always followed by a NOTIFY.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation>Código de éxito obsoleto para SUBSCRIBE, siempre seguido de un NOTIFY.</translation>
    </message>
    <message>
        <source>The entity-tag counterpart for PUBLISH, returned when a SIP-If-Match tag is unknown.</source>
        <comment>related 412</comment>
        <extracomment>How 412 differs</extracomment>
        <translation>El equivalente de entity-tag para PUBLISH, devuelto cuando una tag de SIP-If-Match es desconocida.</translation>
    </message>
</context>
<context>
    <name>sip:300</name>
    <message>
        <source>Multiple Choices</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Múltiples opciones</translation>
    </message>
    <message>
        <source>The address resolved to several possible targets, listed in Contact, and the caller may pick one.</source>
        <comment>summary</comment>
        <translation>La dirección se resolvió en varios destinos posibles, enumerados en Contact, y el llamante puede elegir uno.</translation>
    </message>
    <message>
        <source>300 says the Request-URI maps to more than one location and leaves the choice to the caller. The alternatives are listed in Contact, possibly ranked with q-values, and a body may describe them for a human user. Unlike 302, the server is offering a choice rather than a single forwarding target.</source>
        <comment>description</comment>
        <translation>300 indica que la Request-URI corresponde a más de una ubicación y deja la elección al llamante. Las alternativas se enumeran en Contact, posiblemente ordenadas con valores q, y un cuerpo puede describirlas para un usuario humano. A diferencia de 302, el servidor ofrece una elección en lugar de un único destino de desvío.</translation>
    </message>
    <message>
        <source>It is rare in production. A redirect server or location service that holds several registrations or numbers for a user, such as an office phone, a mobile and voicemail, may return it to let the caller decide. Many UAs and SBCs simply treat it like 302 and try the Contacts in q-value order.</source>
        <comment>seenWhen</comment>
        <translation>Es poco frecuente en producción. Un servidor de redirección o un servicio de localización que tenga varios registros o números para un usuario, como un teléfono de oficina, un móvil y el buzón de voz, puede devolverla para que decida el llamante. Muchos UA y SBC simplemente la tratan como un 302 y prueban los Contact por orden de valor q.</translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know several possible locations for the requested user send it.</source>
        <comment>sentBy</comment>
        <translation>La envían servidores de redirección o agentes de usuario que conocen varias ubicaciones posibles del usuario solicitado.</translation>
    </message>
    <message>
        <source>Retry at one or more of the Contact targets, highest q-value first. A proxy that receives it may recurse on the Contacts itself instead of passing the 300 upstream.</source>
        <comment>retryNote</comment>
        <translation>Reintente en uno o varios de los destinos de Contact, empezando por el valor q más alto. Un proxy que la reciba puede recorrer él mismo los Contact en lugar de pasar el 300 aguas arriba.</translation>
    </message>
    <message>
        <source>Check whether the UAC or SBC is configured to follow 3xx responses at all; if not, the call fails here.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si el UAC o el SBC está configurado para seguir respuestas 3xx; si no, la llamada falla aquí.</translation>
    </message>
    <message>
        <source>Inspect the Contact values and q-values, and make sure each target uses a scheme and host the caller can route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise los valores de Contact y los valores q, y asegúrese de que cada destino usa un esquema y un host que el llamante pueda enrutar.</translation>
    </message>
    <message>
        <source>If the caller cannot choose interactively, configure the redirect server to send 302 with an ordered Contact list instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el llamante no puede elegir de forma interactiva, configure el servidor de redirección para enviar 302 con una lista ordenada de Contact.</translation>
    </message>
    <message>
        <source>Lists the alternative targets, each optionally with a q-value that expresses preference.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Enumera los destinos alternativos, cada uno opcionalmente con un valor q que expresa la preferencia.</translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the alternatives may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Junto con el parámetro expires de Contact, indica durante cuánto tiempo pueden almacenarse en caché las alternativas.</translation>
    </message>
    <message>
        <source>Redirect to one or more temporary targets without offering a choice.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Redirección a uno o varios destinos temporales sin ofrecer una elección.</translation>
    </message>
    <message>
        <source>Points to an alternative service described in the body instead of alternative addresses.</source>
        <comment>related 380</comment>
        <extracomment>How 380 differs</extracomment>
        <translation>Remite a un servicio alternativo descrito en el cuerpo en lugar de a direcciones alternativas.</translation>
    </message>
    <message>
        <source>The address is ambiguous, reported as a failure with optional suggestions rather than as a redirect.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation>La dirección es ambigua; se informa como fallo con sugerencias opcionales en lugar de como redirección.</translation>
    </message>
</context>
<context>
    <name>sip:301</name>
    <message>
        <source>Moved Permanently</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Trasladado permanentemente</translation>
    </message>
    <message>
        <source>The user is no longer at the Request-URI; use the address in Contact from now on.</source>
        <comment>summary</comment>
        <translation>El usuario ya no está en la Request-URI; use a partir de ahora la dirección indicada en Contact.</translation>
    </message>
    <message>
        <source>301 tells the caller that the requested address is permanently obsolete and gives the new one in Contact. The caller should retry there and may update its address book or cached routes so that future requests go straight to the new address. It differs from 302 only in that the move is not temporary.</source>
        <comment>description</comment>
        <translation>301 indica al llamante que la dirección solicitada está obsoleta de forma permanente y da la nueva en Contact. El llamante debe reintentar allí y puede actualizar su agenda o sus rutas en caché para que las solicitudes futuras vayan directamente a la nueva dirección. Solo se diferencia de 302 en que el traslado no es temporal.</translation>
    </message>
    <message>
        <source>It appears after a user or number has been migrated to another domain or platform and the old server redirects permanently. It also comes from misconfigured redirect servers that use 301 where 302 was meant. Most PBXs and SBCs handle 301 and 302 the same way.</source>
        <comment>seenWhen</comment>
        <translation>Aparece después de que un usuario o número se haya migrado a otro dominio o plataforma y el servidor antiguo redirija de forma permanente. También procede de servidores de redirección mal configurados que usan 301 donde se pretendía 302. La mayoría de las PBX y SBC tratan 301 y 302 de la misma manera.</translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know the user has permanently moved to a new address send it.</source>
        <comment>sentBy</comment>
        <translation>La envían servidores de redirección o agentes de usuario que saben que el usuario se ha trasladado permanentemente a una nueva dirección.</translation>
    </message>
    <message>
        <source>Retry at the Contact address and use it for future requests as well. A proxy may recurse on it on the caller&apos;s behalf.</source>
        <comment>retryNote</comment>
        <translation>Reintente en la dirección de Contact y úsela también para las solicitudes futuras. Un proxy puede seguirla en nombre del llamante.</translation>
    </message>
    <message>
        <source>Make sure the caller or SBC follows redirects and that the Contact target is routable in scheme, host, port and transport.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Asegúrese de que el llamante o el SBC sigue las redirecciones y de que el destino de Contact es enrutable en esquema, host, puerto y transporte.</translation>
    </message>
    <message>
        <source>Update stored contacts, speed dials or routing tables to the new address so the redirect is no longer needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Actualice los contactos almacenados, las marcaciones rápidas o las tablas de enrutamiento con la nueva dirección para que la redirección deje de ser necesaria.</translation>
    </message>
    <message>
        <source>If the redirect is not really permanent, change the redirect server to send 302.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si la redirección no es realmente permanente, cambie el servidor de redirección para que envíe 302.</translation>
    </message>
    <message>
        <source>Holds the new permanent address to retry at.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Contiene la nueva dirección permanente en la que reintentar.</translation>
    </message>
    <message>
        <source>May limit how long the new address should be treated as valid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Puede limitar durante cuánto tiempo debe considerarse válida la nueva dirección.</translation>
    </message>
    <message>
        <source>Same redirect mechanism, but the move is only temporary.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>El mismo mecanismo de redirección, pero el traslado es solo temporal.</translation>
    </message>
    <message>
        <source>The user is gone and the server knows no new address.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>El usuario ya no existe y el servidor no conoce ninguna dirección nueva.</translation>
    </message>
</context>
<context>
    <name>sip:302</name>
    <message>
        <source>Moved Temporarily</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Trasladado temporalmente</translation>
    </message>
    <message>
        <source>The user is temporarily reachable elsewhere; retry at the Contact address or addresses.</source>
        <comment>summary</comment>
        <translation>El usuario es alcanzable temporalmente en otro lugar; reintente en la dirección o direcciones de Contact.</translation>
    </message>
    <message>
        <source>302 redirects the caller to one or more temporary targets listed in Contact. The caller, or a proxy acting for it, retries the request at those targets, while the original URI remains valid for future calls. The Expires header or the expires Contact parameter can say how long the redirect may be reused.</source>
        <comment>description</comment>
        <translation>302 redirige al llamante a uno o varios destinos temporales enumerados en Contact. El llamante, o un proxy que actúa en su nombre, reintenta la solicitud en esos destinos, mientras que la URI original sigue siendo válida para llamadas futuras. La cabecera Expires o el parámetro expires de Contact pueden indicar durante cuánto tiempo puede reutilizarse la redirección.</translation>
    </message>
    <message>
        <source>It is common for call forwarding implemented by redirect, where the server returns the forward-to number in Contact, often with a Diversion header, and for least-cost routing and number portability engines that return a list of carrier gateways. Problems appear when the UAC or SBC does not follow redirects, drops the Diversion header on the new INVITE, or receives a Contact it cannot route.</source>
        <comment>seenWhen</comment>
        <translation>Es habitual en el desvío de llamadas implementado mediante redirección, donde el servidor devuelve el número de desvío en Contact, a menudo con una cabecera Diversion, y en motores de enrutamiento de menor coste y de portabilidad numérica que devuelven una lista de pasarelas de operador. Los problemas aparecen cuando el UAC o el SBC no sigue las redirecciones, elimina la cabecera Diversion en el nuevo INVITE o recibe un Contact que no puede enrutar.</translation>
    </message>
    <message>
        <source>Redirect servers, routing and number portability engines, and PBXs or phones that implement call forwarding by redirect send it.</source>
        <comment>sentBy</comment>
        <translation>La envían servidores de redirección, motores de enrutamiento y de portabilidad numérica, y PBX o teléfonos que implementan el desvío de llamadas mediante redirección.</translation>
    </message>
    <message>
        <source>Retry the same request at the Contact targets in q-value order, moving to the next Contact after a failure. A proxy may recurse on the Contacts itself; watch for loops when a target redirects back to the original address.</source>
        <comment>retryNote</comment>
        <translation>Reintente la misma solicitud en los destinos de Contact por orden de valor q, pasando al siguiente Contact tras un fallo. Un proxy puede recorrer él mismo los Contact; vigile los bucles cuando un destino redirige de vuelta a la dirección original.</translation>
    </message>
    <message>
        <source>Confirm the UAC, PBX or SBC is configured to follow 3xx responses, because several platforms ignore them by default and fail the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Confirme que el UAC, la PBX o el SBC está configurado para seguir respuestas 3xx, porque varias plataformas las ignoran por defecto y hacen fallar la llamada.</translation>
    </message>
    <message>
        <source>Check that every Contact is routable from the caller: scheme (sip or tel), host, port and transport parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe que cada Contact es enrutable desde el llamante: esquema (sip o tel), host, puerto y parámetros de transporte.</translation>
    </message>
    <message>
        <source>When a routing engine returns several Contacts, verify the caller tries them in q-value order and moves on after each failure.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Cuando un motor de enrutamiento devuelve varios Contact, verifique que el llamante los prueba por orden de valor q y pasa al siguiente tras cada fallo.</translation>
    </message>
    <message>
        <source>Keep Diversion or History-Info on the retried INVITE if the far end needs them to accept a forwarded caller ID.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Mantenga Diversion o History-Info en el INVITE reintentado si el extremo remoto los necesita para aceptar un identificador de llamante desviado.</translation>
    </message>
    <message>
        <source>One or more temporary targets, optionally ranked with q-values.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Uno o varios destinos temporales, opcionalmente ordenados con valores q.</translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the redirect may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Junto con el parámetro expires de Contact, indica durante cuánto tiempo puede almacenarse en caché la redirección.</translation>
    </message>
    <message>
        <source>Often added by forwarding servers so the new target knows who forwarded the call.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation>A menudo la añaden los servidores de desvío para que el nuevo destino sepa quién desvió la llamada.</translation>
    </message>
    <message>
        <source>Same mechanism, but the move is permanent.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>El mismo mecanismo, pero el traslado es permanente.</translation>
    </message>
    <message>
        <source>Sent by a server that performs the forwarding itself instead of redirecting.</source>
        <comment>related 181</comment>
        <extracomment>How 181 differs</extracomment>
        <translation>La envía un servidor que realiza él mismo el desvío en lugar de redirigir.</translation>
    </message>
    <message>
        <source>Offers several alternatives for the caller to choose from.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>Ofrece varias alternativas para que el llamante elija.</translation>
    </message>
</context>
<context>
    <name>sip:305</name>
    <message>
        <source>Use Proxy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Usar proxy</translation>
    </message>
    <message>
        <source>The resource must be reached through the proxy given in the Contact header field.</source>
        <comment>summary</comment>
        <translation>El recurso debe alcanzarse a través del proxy indicado en el campo de cabecera Contact.</translation>
    </message>
    <message>
        <source>305 tells the caller that the requested resource can only be reached through the proxy named in Contact, and that the request should be resent through it. RFC 3261 allows only a UAS to send it, never a proxy. Because it asks the client to route through whatever server the response names, it can be abused to divert signaling, so many implementations ignore it or treat it as a failure.</source>
        <comment>description</comment>
        <translation>305 indica al llamante que el recurso solicitado solo es alcanzable a través del proxy nombrado en Contact, y que la solicitud debe reenviarse a través de él. RFC 3261 solo permite que la envíe un UAS, nunca un proxy. Como pide al cliente que enrute a través del servidor que indique la respuesta, puede usarse de forma abusiva para desviar la señalización, por lo que muchas implementaciones la ignoran o la tratan como un fallo.</translation>
    </message>
    <message>
        <source>It is rarely seen in live networks. It may come from a server that requires traffic to pass through a specific edge proxy or SBC, or from security tests trying to hijack call routing. Some phones and SBCs log it as an unsupported redirect.</source>
        <comment>seenWhen</comment>
        <translation>Rara vez se ve en redes en servicio. Puede proceder de un servidor que exige que el tráfico pase por un proxy de borde o SBC concreto, o de pruebas de seguridad que intentan secuestrar el enrutamiento de llamadas. Algunos teléfonos y SBC la registran como una redirección no soportada.</translation>
    </message>
    <message>
        <source>Only a UAS may generate it; a proxy that emits 305 is not following RFC 3261.</source>
        <comment>sentBy</comment>
        <translation>Solo un UAS puede generarla; un proxy que emite 305 no cumple RFC 3261.</translation>
    </message>
    <message>
        <source>Resend the request only through the proxy named in Contact, and only when the sender is trusted. Treat an unauthenticated 305 as a failure rather than following it blindly.</source>
        <comment>retryNote</comment>
        <translation>Reenvíe la solicitud únicamente a través del proxy nombrado en Contact, y solo cuando el remitente sea de confianza. Trate un 305 no autenticado como un fallo en lugar de seguirlo ciegamente.</translation>
    </message>
    <message>
        <source>Identify who sent the 305 and whether that UAS is trusted; act on it only over authenticated, integrity-protected signaling such as TLS to a known peer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique quién envió el 305 y si ese UAS es de confianza; actúe en consecuencia solo sobre señalización autenticada y con protección de integridad, como TLS hacia un par conocido.</translation>
    </message>
    <message>
        <source>If the instruction is legitimate, configure the required proxy as the outbound proxy instead of relying on 305 at run time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si la indicación es legítima, configure el proxy requerido como proxy de salida (outbound proxy) en lugar de depender de 305 en tiempo de ejecución.</translation>
    </message>
    <message>
        <source>If your UAC ignores 305 and the call fails, agree the required route with the far end.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si su UAC ignora 305 y la llamada falla, acuerde la ruta requerida con el extremo remoto.</translation>
    </message>
    <message>
        <source>Gives the URI of the proxy through which the request should be resent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Indica la URI del proxy a través del cual debe reenviarse la solicitud.</translation>
    </message>
    <message>
        <source>Redirects to a new target rather than to a proxy in front of the same target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Redirige a un nuevo destino en lugar de a un proxy situado delante del mismo destino.</translation>
    </message>
    <message>
        <source>Permanent move to a different address.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>Traslado permanente a una dirección diferente.</translation>
    </message>
</context>
<context>
    <name>sip:380</name>
    <message>
        <source>Alternative Service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Servicio alternativo</translation>
    </message>
    <message>
        <source>The call failed, but alternative services are possible and are described in the response body.</source>
        <comment>summary</comment>
        <translation>La llamada falló, pero hay servicios alternativos posibles, descritos en el cuerpo de la respuesta.</translation>
    </message>
    <message>
        <source>380 is a redirection class response saying the call could not be completed as requested but an alternative service might work. The alternatives are described in the message body rather than in Contact. RFC 3261 leaves the body format open, so the meaning depends on the deployment.</source>
        <comment>description</comment>
        <translation>380 es una respuesta de la clase de redirección que indica que la llamada no pudo completarse según lo solicitado, pero que un servicio alternativo podría funcionar. Las alternativas se describen en el cuerpo del mensaje y no en Contact. RFC 3261 deja abierto el formato del cuerpo, por lo que el significado depende del despliegue.</translation>
    </message>
    <message>
        <source>In IMS networks the P-CSCF or another IMS element returns 380 with a 3GPP XML body of type emergency when a UE dials an emergency number as a normal call; the UE must then retry as an emergency call. Outside IMS it is rare.</source>
        <comment>seenWhen</comment>
        <translation>En redes IMS, el P-CSCF u otro elemento IMS devuelve 380 con un cuerpo XML de 3GPP de tipo emergency cuando un UE marca un número de emergencia como llamada normal; el UE debe entonces reintentar como llamada de emergencia. Fuera de IMS es poco frecuente.</translation>
    </message>
    <message>
        <source>IMS proxies such as the P-CSCF send it, as can any UAS or server that wants to steer the caller to a different service.</source>
        <comment>sentBy</comment>
        <translation>La envían proxies IMS como el P-CSCF, al igual que cualquier UAS o servidor que quiera dirigir al llamante a un servicio diferente.</translation>
    </message>
    <message>
        <source>Retry only as the alternative service described in the body, for example as an emergency call. Resending the same request will get the same answer.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo como el servicio alternativo descrito en el cuerpo, por ejemplo como llamada de emergencia. Reenviar la misma solicitud obtendrá la misma respuesta.</translation>
    </message>
    <message>
        <source>Read the body, starting with its Content-Type, to learn which alternative service is offered.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea el cuerpo, empezando por su Content-Type, para saber qué servicio alternativo se ofrece.</translation>
    </message>
    <message>
        <source>For IMS emergency cases, make sure the UE recognizes local emergency numbers and retries with an emergency INVITE, including emergency registration if the body asks for it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>En los casos de emergencia en IMS, asegúrese de que el UE reconoce los números de emergencia locales y reintenta con un INVITE de emergencia, incluido el registro de emergencia si el cuerpo lo solicita.</translation>
    </message>
    <message>
        <source>Outside IMS, confirm the UAC understands the body format; if it does not, treat the 380 as a failure and report it to the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fuera de IMS, confirme que el UAC entiende el formato del cuerpo; si no lo entiende, trate el 380 como un fallo e infórmelo al usuario.</translation>
    </message>
    <message>
        <source>Identifies the format of the body that describes the alternative, such as the 3GPP IMS XML type.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Identifica el formato del cuerpo que describe la alternativa, como el tipo XML de IMS de 3GPP.</translation>
    </message>
    <message>
        <source>Offers alternative addresses in Contact instead of an alternative service.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>Ofrece direcciones alternativas en Contact en lugar de un servicio alternativo.</translation>
    </message>
    <message>
        <source>Redirects to another target for the same service.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Redirige a otro destino para el mismo servicio.</translation>
    </message>
</context>
<context>
    <name>sip:400</name>
    <message>
        <source>Bad Request</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>The request could not be parsed or is missing mandatory elements.</source>
        <comment>summary</comment>
        <translation>La solicitud no pudo analizarse o le faltan elementos obligatorios.</translation>
    </message>
    <message>
        <source>400 means the receiver could not understand the request because its syntax is malformed. The reason phrase often names the exact problem, such as a missing header or invalid SDP, so read it before anything else. It is the catch-all for parsing errors in headers, URIs, Content-Length and bodies.</source>
        <comment>description</comment>
        <translation>400 significa que el receptor no pudo entender la solicitud porque su sintaxis es incorrecta. La frase de motivo suele nombrar el problema exacto, como una cabecera ausente o un SDP no válido, así que léala antes que nada. Es el cajón de sastre para los errores de análisis en cabeceras, URI, Content-Length y cuerpos.</translation>
    </message>
    <message>
        <source>It typically appears after software upgrades or when a new PBX, SBC or trunk is connected and one side produces headers the other rejects. Common causes are a missing or duplicated mandatory header (To, From, Call-ID, CSeq, Via, Max-Forwards), a Content-Length that does not match the body, unescaped characters in URIs or display names, and malformed SDP. Truncated UDP packets after IP fragmentation can also look like a bad request.</source>
        <comment>seenWhen</comment>
        <translation>Suele aparecer tras actualizaciones de software o al conectar una nueva PBX, SBC o troncal, cuando un lado genera cabeceras que el otro rechaza. Las causas habituales son una cabecera obligatoria ausente o duplicada (To, From, Call-ID, CSeq, Via, Max-Forwards), un Content-Length que no coincide con el cuerpo, caracteres sin escapar en URI o nombres visibles (display names) y un SDP mal formado. Los paquetes UDP truncados tras la fragmentación IP también pueden parecer una solicitud incorrecta.</translation>
    </message>
    <message>
        <source>Any element that parses the request can send it: proxies and SBCs reject unparsable messages early, while user agents and gateways reject bodies they cannot parse.</source>
        <comment>sentBy</comment>
        <translation>Cualquier elemento que analice la solicitud puede enviarla: los proxies y SBC rechazan pronto los mensajes que no pueden analizar, mientras que los agentes de usuario y las pasarelas rechazan los cuerpos que no pueden analizar.</translation>
    </message>
    <message>
        <source>Do not resend the same message; fix the malformed element first. Advancing to another route rarely helps unless only that peer is strict about the construct.</source>
        <comment>retryNote</comment>
        <translation>No reenvíe el mismo mensaje; corrija primero el elemento mal formado. Pasar a otra ruta rara vez ayuda, salvo que solo ese par sea estricto con esa construcción.</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header, since many servers name the offending header there.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la frase de motivo y cualquier cabecera Warning, ya que muchos servidores nombran allí la cabecera problemática.</translation>
    </message>
    <message>
        <source>Capture the request on the wire rather than in the application log, and check mandatory headers, Content-Length against the real body size, display name quoting and URI escaping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Capture la solicitud en la red en lugar de en el log de la aplicación, y compruebe las cabeceras obligatorias, el Content-Length frente al tamaño real del cuerpo, el entrecomillado del display name y el escape de las URI.</translation>
    </message>
    <message>
        <source>Check the SDP for syntax errors such as missing c= lines, bad rtpmap entries or wrong line endings.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise el SDP en busca de errores de sintaxis como líneas c= ausentes, entradas rtpmap erróneas o finales de línea incorrectos.</translation>
    </message>
    <message>
        <source>If large INVITEs fail only over UDP, switch to TCP or trim the message to avoid fragmentation.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si los INVITE grandes fallan solo sobre UDP, cambie a TCP o reduzca el mensaje para evitar la fragmentación.</translation>
    </message>
    <message>
        <source>Some servers add a Warning header with a more specific error text.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Algunos servidores añaden una cabecera Warning con un texto de error más específico.</translation>
    </message>
    <message>
        <source>A value that does not match the actual body size is a frequent cause.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>Un valor que no coincide con el tamaño real del cuerpo es una causa frecuente.</translation>
    </message>
    <message>
        <source>The request parsed correctly but requires an extension the server does not support.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>La solicitud se analizó correctamente, pero requiere una extensión que el servidor no admite.</translation>
    </message>
    <message>
        <source>The body is well formed but of a type the server does not handle.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>El cuerpo está bien formado, pero es de un tipo que el servidor no gestiona.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 400 to cause 41, Temporary failure, when interworking with ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 asigna 400 a la causa 41, Temporary failure (fallo temporal), en el interfuncionamiento con ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:401</name>
    <message>
        <source>Unauthorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>The UAS or registrar requires authentication; resend with credentials for the given challenge.</source>
        <comment>summary</comment>
        <translation>El UAS o el registrador exige autenticación; reenvíe con credenciales para el desafío indicado.</translation>
    </message>
    <message>
        <source>401 is a challenge from a user agent server or registrar that wants the request authenticated before acting on it. It carries a WWW-Authenticate header with the realm, nonce and algorithm, and the client answers by resending the request with an Authorization header. Proxies never use 401; they challenge with 407.</source>
        <comment>description</comment>
        <translation>401 es un desafío de un servidor de agente de usuario o registrador que quiere que la solicitud se autentique antes de actuar. Lleva una cabecera WWW-Authenticate con el realm, el nonce y el algoritmo, y el cliente responde reenviando la solicitud con una cabecera Authorization. Los proxies nunca usan 401; desafían con 407.</translation>
    </message>
    <message>
        <source>It is normal on the first REGISTER to a hosted PBX or carrier, and on INVITEs to servers that authenticate calls. It becomes a problem when the client resends with credentials and gets 401 again, which points to a wrong password, a wrong authentication username, an unexpected realm or a mishandled nonce. Streams of 401s to many different users are also the footprint of scanners probing a public registrar.</source>
        <comment>seenWhen</comment>
        <translation>Es normal en el primer REGISTER a una PBX alojada o a un operador, y en INVITE a servidores que autentican las llamadas. Se convierte en un problema cuando el cliente reenvía con credenciales y vuelve a recibir 401, lo que apunta a una contraseña errónea, un nombre de usuario de autenticación erróneo, un realm inesperado o un nonce mal gestionado. Las ráfagas de 401 a muchos usuarios distintos también son la huella de escáneres que sondean un registrador público.</translation>
    </message>
    <message>
        <source>Registrars, PBXs and user agent servers that authenticate users with Digest send it. B2BUAs that authenticate calls themselves often use 401 rather than 407.</source>
        <comment>sentBy</comment>
        <translation>La envían registradores, PBX y servidores de agente de usuario que autentican a los usuarios con Digest. Los B2BUA que autentican ellos mismos las llamadas suelen usar 401 en lugar de 407.</translation>
    </message>
    <message>
        <source>Retry once with credentials computed from the challenge. If the retry is rejected again without stale=true, stop, since looping on bad credentials can lock the account or trigger fraud blocking.</source>
        <comment>retryNote</comment>
        <translation>Reintente una vez con credenciales calculadas a partir del desafío. Si el reintento se rechaza de nuevo sin stale=true, deténgase, ya que insistir con credenciales erróneas puede bloquear la cuenta o activar el bloqueo antifraude.</translation>
    </message>
    <message>
        <source>Check that the client resends the request with an Authorization header and an incremented CSeq after the first 401.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe que el cliente reenvía la solicitud con una cabecera Authorization y un CSeq incrementado tras el primer 401.</translation>
    </message>
    <message>
        <source>If a second 401 follows, verify the authentication username and password, and that the realm in the challenge matches the client&apos;s configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si llega un segundo 401, verifique el nombre de usuario y la contraseña de autenticación, y que el realm del desafío coincide con la configuración del cliente.</translation>
    </message>
    <message>
        <source>If the challenge has stale=true, the password was right but the nonce expired, so the client should retry with the new nonce without asking the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el desafío tiene stale=true, la contraseña era correcta pero el nonce caducó, así que el cliente debe reintentar con el nuevo nonce sin preguntar al usuario.</translation>
    </message>
    <message>
        <source>Compare the algorithm requested (MD5, SHA-256) with what the client supports.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Compare el algoritmo solicitado (MD5, SHA-256) con los que admite el cliente.</translation>
    </message>
    <message>
        <source>Carries the Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header WWW-Authenticate</comment>
        <extracomment>Why to inspect the WWW-Authenticate header</extracomment>
        <translation>Lleva el desafío Digest: realm, nonce, algorithm, qop y posiblemente stale=true.</translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Authorization</comment>
        <extracomment>Why to inspect the Authorization header</extracomment>
        <translation>La cabecera que el cliente debe añadir a la solicitud reintentada, calculada a partir del desafío.</translation>
    </message>
    <message>
        <source>The same challenge mechanism, but issued by a proxy with Proxy-Authenticate.</source>
        <comment>related 407</comment>
        <extracomment>How 407 differs</extracomment>
        <translation>El mismo mecanismo de desafío, pero emitido por un proxy con Proxy-Authenticate.</translation>
    </message>
    <message>
        <source>Refusal that no credentials can fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Rechazo que ninguna credencial puede resolver.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 401 to cause 21, Call rejected, when a gateway interworks with ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 asigna 401 a la causa 21, Call rejected (llamada rechazada), cuando una pasarela interfunciona con ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:402</name>
    <message>
        <source>Payment Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Pago requerido</translation>
    </message>
    <message>
        <source>Reserved for future use by RFC 3261; some providers use it to signal missing credit.</source>
        <comment>summary</comment>
        <translation>Reservada para uso futuro por RFC 3261; algunos proveedores la usan para indicar falta de saldo.</translation>
    </message>
    <message>
        <source>RFC 3261 reserves 402 and gives it no defined behaviour. In practice a few providers and softswitches return it when a prepaid balance is exhausted or an account is suspended for billing reasons. Because its semantics are not standardized, clients should treat it as a generic 4xx failure.</source>
        <comment>description</comment>
        <translation>RFC 3261 reserva 402 y no le asigna ningún comportamiento definido. En la práctica, algunos proveedores y softswitches la devuelven cuando se agota un saldo de prepago o una cuenta se suspende por motivos de facturación. Como su semántica no está normalizada, los clientes deben tratarla como un fallo 4xx genérico.</translation>
    </message>
    <message>
        <source>It shows up on outbound calls over prepaid SIP trunks or retail VoIP accounts when the credit runs out, sometimes after a 183 announcement. Most carriers signal the same situation with 403 or 603 instead.</source>
        <comment>seenWhen</comment>
        <translation>Aparece en llamadas salientes por troncales SIP de prepago o cuentas VoIP minoristas cuando se agota el saldo, a veces tras una locución en un 183. La mayoría de los operadores señalizan la misma situación con 403 o 603.</translation>
    </message>
    <message>
        <source>Billing-aware softswitches, B2BUAs and provider edge proxies send it, where they choose to use it at all.</source>
        <comment>sentBy</comment>
        <translation>La envían softswitches, B2BUA y proxies de borde de proveedor con conocimiento de facturación, cuando optan por usarla.</translation>
    </message>
    <message>
        <source>Do not retry automatically through the same provider until the account is fixed. An LCR router may send the call over another carrier.</source>
        <comment>retryNote</comment>
        <translation>No reintente automáticamente a través del mismo proveedor hasta que se resuelva la cuenta. Un enrutador LCR puede encaminar la llamada por otro operador.</translation>
    </message>
    <message>
        <source>Check the account balance, credit limit or billing status with the provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe con el proveedor el saldo de la cuenta, el límite de crédito o el estado de facturación.</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider&apos;s own explanation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lea la frase de motivo y cualquier cabecera Warning para conocer la explicación del propio proveedor.</translation>
    </message>
    <message>
        <source>If you route over several carriers, decide whether another carrier should take the calls until the billing issue is resolved.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si enruta por varios operadores, decida si otro operador debe cursar las llamadas hasta que se resuelva el problema de facturación.</translation>
    </message>
    <message>
        <source>Providers sometimes explain the billing problem here.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Los proveedores a veces explican aquí el problema de facturación.</translation>
    </message>
    <message>
        <source>The more common way carriers refuse calls for account reasons.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>La forma más habitual en que los operadores rechazan llamadas por motivos de la cuenta.</translation>
    </message>
    <message>
        <source>Explicit decline, also used by some platforms for blocked accounts.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Rechazo explícito, que algunas plataformas también usan para cuentas bloqueadas.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 402 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 asigna 402 a la causa 21, Call rejected (llamada rechazada), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:403</name>
    <message>
        <source>Forbidden</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>The server understood the request but refuses it; authenticating again will not help.</source>
        <comment>summary</comment>
        <translation>El servidor entendió la solicitud pero la rechaza; volver a autenticarse no servirá de nada.</translation>
    </message>
    <message>
        <source>403 means the request was understood and well formed but policy forbids serving it. Unlike 401 or 407 there is no challenge to answer, so resending with credentials is pointless. The reason phrase or a Warning header often names the rule that fired.</source>
        <comment>description</comment>
        <translation>403 significa que la solicitud se entendió y está bien formada, pero la política prohíbe atenderla. A diferencia de 401 o 407, no hay ningún desafío que responder, por lo que reenviarla con credenciales es inútil. La frase de motivo o una cabecera Warning suelen nombrar la regla que se aplicó.</translation>
    </message>
    <message>
        <source>On SIP trunks it appears when the source IP is not on the provider&apos;s allow list, when the From or P-Asserted-Identity number is not one of the customer&apos;s numbers, or when the destination (international, premium rate, a specific country) is barred. Registrars send it for disabled accounts, wrong domains or after too many failed authentication attempts, and fraud or scanner protection on SBCs answers 403 to suspicious traffic.</source>
        <comment>seenWhen</comment>
        <translation>En troncales SIP aparece cuando la IP de origen no está en la lista de direcciones permitidas del proveedor, cuando el número de From o de P-Asserted-Identity no es uno de los números del cliente, o cuando el destino (internacional, tarificación adicional, un país concreto) está restringido. Los registradores la envían para cuentas deshabilitadas, dominios erróneos o tras demasiados intentos de autenticación fallidos, y la protección antifraude o contra escáneres de los SBC responde 403 al tráfico sospechoso.</translation>
    </message>
    <message>
        <source>Provider edge proxies and SBCs enforcing access and caller ID policy send it, as do registrars rejecting accounts and PBXs or gateways enforcing class-of-service rules.</source>
        <comment>sentBy</comment>
        <translation>La envían los proxies de borde y los SBC del proveedor que aplican políticas de acceso y de identificador de llamante, así como los registradores que rechazan cuentas y las PBX o pasarelas que aplican reglas de clase de servicio.</translation>
    </message>
    <message>
        <source>Do not resend the same request and do not resend credentials. An LCR router may try another carrier when the refusal is carrier specific, but a refusal from your own provider needs a configuration change first.</source>
        <comment>retryNote</comment>
        <translation>No reenvíe la misma solicitud ni vuelva a enviar credenciales. Un enrutador LCR puede probar otro operador cuando el rechazo es específico de un operador, pero un rechazo de su propio proveedor requiere primero un cambio de configuración.</translation>
    </message>
    <message>
        <source>Read the reason phrase and Warning header, since providers often state the rule, such as an invalid caller ID or a blocked destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la frase de motivo y la cabecera Warning, ya que los proveedores suelen indicar la regla, como un identificador de llamante no válido o un destino bloqueado.</translation>
    </message>
    <message>
        <source>Verify the trunk&apos;s source IP, the domain in the Request-URI, and that the caller ID in From or P-Asserted-Identity is allowed for the account.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verifique la IP de origen de la troncal, el dominio de la Request-URI y que el identificador de llamante en From o P-Asserted-Identity está permitido para la cuenta.</translation>
    </message>
    <message>
        <source>Check destination barring, concurrent call limits and fraud rules on the provider and SBC side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise las restricciones de destino, los límites de llamadas simultáneas y las reglas antifraude en el lado del proveedor y del SBC.</translation>
    </message>
    <message>
        <source>For REGISTER, confirm the account is enabled and the client is not locked out after repeated wrong passwords.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Para REGISTER, confirme que la cuenta está habilitada y que el cliente no está bloqueado tras repetidas contraseñas erróneas.</translation>
    </message>
    <message>
        <source>May carry the provider&apos;s explanation of which policy refused the request.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Puede llevar la explicación del proveedor sobre qué política rechazó la solicitud.</translation>
    </message>
    <message>
        <source>A challenge that valid credentials can satisfy.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>Un desafío que unas credenciales válidas pueden satisfacer.</translation>
    </message>
    <message>
        <source>The callee, rather than the network, declined the call.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Quien rechazó la llamada fue el llamado, no la red.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 403 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 asigna 403 a la causa 21, Call rejected (llamada rechazada), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:404</name>
    <message>
        <source>Not Found</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>The user in the Request-URI does not exist in the domain the server is responsible for.</source>
        <comment>summary</comment>
        <translation>El usuario de la Request-URI no existe en el dominio del que es responsable el servidor.</translation>
    </message>
    <message>
        <source>404 means the server is authoritative for the domain in the Request-URI but found no such user, or the domain itself is not one it serves. For telephone numbers it corresponds to an unallocated or unrouted number. It only speaks for this server&apos;s domain, so another domain or carrier may still know the user.</source>
        <comment>description</comment>
        <translation>404 significa que el servidor tiene autoridad sobre el dominio de la Request-URI pero no encontró ese usuario, o que el propio dominio no es uno de los que atiende. Para números de teléfono corresponde a un número no asignado o sin ruta. Solo es válida para el dominio de este servidor, por lo que otro dominio u operador puede conocer al usuario.</translation>
    </message>
    <message>
        <source>It is typical for calls to DIDs that are not provisioned on the trunk or not mapped to an extension, and for numbers sent in a format the receiver does not expect (E.164 with a plus sign, national format, or an unexpected prefix). It also follows server migrations that leave a wrong domain in the Request-URI. Some PBXs return 404 for known users that are merely unregistered, where 480 would be more accurate.</source>
        <comment>seenWhen</comment>
        <translation>Es típica en llamadas a DID que no están aprovisionados en la troncal o no están asociados a una extensión, y en números enviados en un formato que el receptor no espera (E.164 con signo más, formato nacional o un prefijo inesperado). También aparece tras migraciones de servidor que dejan un dominio erróneo en la Request-URI. Algunas PBX devuelven 404 para usuarios conocidos que simplemente no están registrados, cuando 480 sería más preciso.</translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the domain sends it after a failed location lookup, as do PBXs, gateways and carrier switches that have no route for the number.</source>
        <comment>sentBy</comment>
        <translation>La envía el proxy o registrador responsable del dominio tras una búsqueda de localización fallida, así como las PBX, pasarelas y centrales de operador que no tienen ruta para el número.</translation>
    </message>
    <message>
        <source>Do not retry the same URI at the same server; fix the number or the mapping first. Some LCR setups treat a 404 from a carrier as a routing gap and try the next carrier, which is reasonable only on carrier trunks.</source>
        <comment>retryNote</comment>
        <translation>No reintente la misma URI en el mismo servidor; corrija primero el número o la asociación. Algunas configuraciones LCR tratan un 404 de un operador como un hueco de enrutamiento y prueban el siguiente operador, lo cual solo es razonable en troncales de operador.</translation>
    </message>
    <message>
        <source>Compare the user part of the Request-URI with the number format the far end expects: E.164, national, with or without a plus sign.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare la parte de usuario de la Request-URI con el formato de número que espera el extremo remoto: E.164 o nacional, con o sin signo más.</translation>
    </message>
    <message>
        <source>Check the inbound DID mapping or dial plan on the receiving PBX or carrier for that exact number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe la asociación de DID entrantes o el plan de marcación en la PBX u operador receptor para ese número exacto.</translation>
    </message>
    <message>
        <source>Verify that the host part of the Request-URI is a domain the server treats as local.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Verifique que la parte de host de la Request-URI es un dominio que el servidor trata como local.</translation>
    </message>
    <message>
        <source>If the user exists but is offline, check whether the server answers 404 for unregistered users and change it to 480 if possible.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si el usuario existe pero está desconectado, compruebe si el servidor responde 404 para usuarios no registrados y cámbielo a 480 si es posible.</translation>
    </message>
    <message>
        <source>Rarely present, but RFC 3261 allows it when the user may become available later.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Rara vez está presente, pero RFC 3261 la permite cuando el usuario puede estar disponible más tarde.</translation>
    </message>
    <message>
        <source>Some servers explain here which lookup failed.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Algunos servidores explican aquí qué búsqueda falló.</translation>
    </message>
    <message>
        <source>The user existed once but is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>El usuario existió en su día, pero ha desaparecido de forma permanente.</translation>
    </message>
    <message>
        <source>The number looks incomplete rather than nonexistent.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>El número parece incompleto más que inexistente.</translation>
    </message>
    <message>
        <source>Global version stating the user does not exist anywhere.</source>
        <comment>related 604</comment>
        <extracomment>How 604 differs</extracomment>
        <translation>Versión global que indica que el usuario no existe en ningún lugar.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 404 to cause 1, Unallocated number, towards ISUP.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>RFC 3398 asigna 404 a la causa 1, Unallocated number (número no asignado), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:405</name>
    <message>
        <source>Method Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>The method is understood but not allowed for this Request-URI; the Allow header lists what is.</source>
        <comment>summary</comment>
        <translation>El método se entiende pero no está permitido para esta Request-URI; la cabecera Allow enumera los que sí lo están.</translation>
    </message>
    <message>
        <source>405 says the server recognizes the method but does not permit it for the addressed resource. The response must include an Allow header listing the methods that are accepted. That distinguishes it from 501, which means the server does not implement the method at all.</source>
        <comment>description</comment>
        <translation>405 indica que el servidor reconoce el método pero no lo permite para el recurso direccionado. La respuesta debe incluir una cabecera Allow que enumere los métodos aceptados. Eso la distingue de 501, que significa que el servidor no implementa el método en absoluto.</translation>
    </message>
    <message>
        <source>It shows up when MESSAGE, SUBSCRIBE, PUBLISH, INFO, UPDATE or REFER reach a device or trunk that does not accept them, for example BLF subscriptions sent to a carrier, or REGISTER sent to a trunk that only accepts INVITE. Some platforms also answer OPTIONS keepalives with 405, which still proves the peer is alive.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando MESSAGE, SUBSCRIBE, PUBLISH, INFO, UPDATE o REFER llegan a un dispositivo o troncal que no los acepta, por ejemplo suscripciones BLF enviadas a un operador, o REGISTER enviado a una troncal que solo acepta INVITE. Algunas plataformas también responden a los keepalives OPTIONS con 405, lo que igualmente demuestra que el par está activo.</translation>
    </message>
    <message>
        <source>User agents, PBXs, gateways and servers that know the method in general but do not allow it for the specific target or configuration send it.</source>
        <comment>sentBy</comment>
        <translation>La envían agentes de usuario, PBX, pasarelas y servidores que conocen el método en general pero no lo permiten para el destino o la configuración concretos.</translation>
    </message>
    <message>
        <source>Do not resend the same method; use one that appears in Allow or enable the feature on the peer.</source>
        <comment>retryNote</comment>
        <translation>No reenvíe el mismo método; use uno que aparezca en Allow o habilite la funcionalidad en el par.</translation>
    </message>
    <message>
        <source>Read the Allow header and compare it with the method you sent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Allow y compárela con el método que envió.</translation>
    </message>
    <message>
        <source>Enable the feature on the peer, such as SUBSCRIBE for BLF or INFO for DTMF, or switch to a supported alternative such as RFC 4733 telephone-events instead of INFO.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite la funcionalidad en el par, como SUBSCRIBE para BLF o INFO para DTMF, o cambie a una alternativa soportada, como los telephone-events de RFC 4733 en lugar de INFO.</translation>
    </message>
    <message>
        <source>If REGISTER is refused, check whether the trunk uses IP authentication and does not expect registration at all.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si se rechaza REGISTER, compruebe si la troncal usa autenticación por IP y no espera registro alguno.</translation>
    </message>
    <message>
        <source>For OPTIONS health checks, configure the SBC to count any response, including 405, as the peer being up.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Para las comprobaciones de estado con OPTIONS, configure el SBC para que cuente cualquier respuesta, incluida 405, como indicación de que el par está activo.</translation>
    </message>
    <message>
        <source>Mandatory in a 405; lists the methods the resource accepts.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation>Obligatoria en un 405; enumera los métodos que acepta el recurso.</translation>
    </message>
    <message>
        <source>The method is not implemented at all, rather than not allowed for this target.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>El método no está implementado en absoluto, en lugar de no estar permitido para este destino.</translation>
    </message>
    <message>
        <source>SUBSCRIBE or PUBLISH is allowed, but the requested event package is not.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>SUBSCRIBE o PUBLISH están permitidos, pero el paquete de eventos solicitado no.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 to cause 63, Service or option not available, towards ISUP.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation>RFC 3398 asigna 405 a la causa 63, Service or option not available (servicio u opción no disponible), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:406</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No aceptable</translation>
    </message>
    <message>
        <source>The server cannot produce a response in any format allowed by the request&apos;s Accept headers.</source>
        <comment>summary</comment>
        <translation>El servidor no puede generar una respuesta en ningún formato permitido por las cabeceras Accept de la solicitud.</translation>
    </message>
    <message>
        <source>406 means the resource can only generate content whose type, encoding or language is excluded by the Accept, Accept-Encoding or Accept-Language headers of the request. It concerns the body of the response, not the session description, since SDP negotiation failures use 488 or 606. It is uncommon for INVITE and shows up mostly with event and messaging methods.</source>
        <comment>description</comment>
        <translation>406 significa que el recurso solo puede generar contenido cuyo tipo, codificación o idioma está excluido por las cabeceras Accept, Accept-Encoding o Accept-Language de la solicitud. Se refiere al cuerpo de la respuesta, no a la descripción de sesión, ya que los fallos de negociación SDP usan 488 o 606. Es poco común para INVITE y aparece sobre todo con métodos de eventos y mensajería.</translation>
    </message>
    <message>
        <source>A typical case is a SUBSCRIBE whose Accept header lists only a body format the notifier cannot produce, such as an old client asking only for application/xpidf+xml from a server that only generates application/pidf+xml. It can also happen when a client demands an Accept-Language the server cannot honour.</source>
        <comment>seenWhen</comment>
        <translation>Un caso típico es un SUBSCRIBE cuya cabecera Accept solo enumera un formato de cuerpo que el notificador no puede generar, como un cliente antiguo que solo pide application/xpidf+xml a un servidor que solo genera application/pidf+xml. También puede ocurrir cuando un cliente exige un Accept-Language que el servidor no puede satisfacer.</translation>
    </message>
    <message>
        <source>A UAS or notifier that cannot render its answer in any of the acceptable formats sends it.</source>
        <comment>sentBy</comment>
        <translation>La envía un UAS o notificador que no puede generar su respuesta en ninguno de los formatos aceptables.</translation>
    </message>
    <message>
        <source>Retry only after widening the Accept headers or choosing a different event package or body format.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo después de ampliar las cabeceras Accept o de elegir un paquete de eventos o formato de cuerpo diferente.</translation>
    </message>
    <message>
        <source>Compare the Accept, Accept-Encoding and Accept-Language headers of the request with what the server can produce.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare las cabeceras Accept, Accept-Encoding y Accept-Language de la solicitud con lo que el servidor puede generar.</translation>
    </message>
    <message>
        <source>Add the body types the server supports to Accept, for example application/pidf+xml for presence.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Añada a Accept los tipos de cuerpo que admite el servidor, por ejemplo application/pidf+xml para presencia.</translation>
    </message>
    <message>
        <source>If the mismatch is in an event package, confirm both sides use the same package and body format.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si la discrepancia está en un paquete de eventos, confirme que ambos lados usan el mismo paquete y formato de cuerpo.</translation>
    </message>
    <message>
        <source>In the request; shows the body types the client said it can handle.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>En la solicitud; muestra los tipos de cuerpo que el cliente declaró poder gestionar.</translation>
    </message>
    <message>
        <source>In the request; an encoding the server cannot produce can also trigger 406.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation>En la solicitud; una codificación que el servidor no puede generar también puede provocar 406.</translation>
    </message>
    <message>
        <source>In the request; a language requirement the server cannot meet can also trigger 406.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation>En la solicitud; un requisito de idioma que el servidor no puede cumplir también puede provocar 406.</translation>
    </message>
    <message>
        <source>Concerns the format of the request body rather than the response.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Se refiere al formato del cuerpo de la solicitud y no al de la respuesta.</translation>
    </message>
    <message>
        <source>The session description offered in an INVITE is not acceptable.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>La descripción de sesión ofrecida en un INVITE no es aceptable.</translation>
    </message>
    <message>
        <source>Global refusal of the session parameters, not of a response format.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Rechazo global de los parámetros de sesión, no de un formato de respuesta.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 406 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 asigna 406 a la causa 79, Service or option not implemented (servicio u opción no implementado), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:407</name>
    <message>
        <source>Proxy Authentication Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Se requiere autenticación de proxy</translation>
    </message>
    <message>
        <source>A proxy requires authentication; resend with Proxy-Authorization for the given challenge.</source>
        <comment>summary</comment>
        <translation>Un proxy exige autenticación; reenvíe con Proxy-Authorization para el desafío indicado.</translation>
    </message>
    <message>
        <source>407 is the proxy counterpart of 401: a proxy in the path wants the originator to authenticate before it forwards the request. It carries a Proxy-Authenticate header with the realm and nonce, and the client resends the request with a matching Proxy-Authorization header. Several proxies may challenge the same request, each with its own realm.</source>
        <comment>description</comment>
        <translation>407 es el equivalente de 401 para proxies: un proxy de la ruta quiere que el originador se autentique antes de reenviar la solicitud. Lleva una cabecera Proxy-Authenticate con el realm y el nonce, y el cliente reenvía la solicitud con la cabecera Proxy-Authorization correspondiente. Varios proxies pueden desafiar la misma solicitud, cada uno con su propio realm.</translation>
    </message>
    <message>
        <source>It is typical for outbound INVITEs to a carrier or hosted PBX that authenticates every call: the caller ACKs the 407 and immediately sends a new INVITE with credentials. It becomes a problem when 407s repeat because of wrong credentials or a realm mismatch, or when a device only handles 401 challenges.</source>
        <comment>seenWhen</comment>
        <translation>Es típica en los INVITE salientes hacia un operador o PBX alojada que autentica cada llamada: el llamante envía ACK al 407 e inmediatamente envía un nuevo INVITE con credenciales. Se convierte en un problema cuando los 407 se repiten por credenciales erróneas o un realm que no coincide, o cuando un dispositivo solo gestiona desafíos 401.</translation>
    </message>
    <message>
        <source>Authenticating proxies send it: provider edge proxies, outbound proxies and softswitches acting as proxies.</source>
        <comment>sentBy</comment>
        <translation>La envían los proxies que autentican: proxies de borde del proveedor, proxies de salida y softswitches que actúan como proxy.</translation>
    </message>
    <message>
        <source>Retry once with Proxy-Authorization built from the challenge. If the same credentials are challenged again without stale=true, stop and fix the credentials instead of looping.</source>
        <comment>retryNote</comment>
        <translation>Reintente una vez con Proxy-Authorization construida a partir del desafío. Si las mismas credenciales se vuelven a desafiar sin stale=true, deténgase y corrija las credenciales en lugar de entrar en bucle.</translation>
    </message>
    <message>
        <source>Confirm the client ACKs the 407 and resends the INVITE with Proxy-Authorization, the same Call-ID and From tag, and a higher CSeq.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Confirme que el cliente envía ACK al 407 y reenvía el INVITE con Proxy-Authorization, el mismo Call-ID y tag de From, y un CSeq mayor.</translation>
    </message>
    <message>
        <source>If a second 407 arrives, check the authentication username, password and realm against the challenge.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si llega un segundo 407, compruebe el nombre de usuario de autenticación, la contraseña y el realm frente al desafío.</translation>
    </message>
    <message>
        <source>Check that stale=true is handled by retrying with the new nonce rather than failing the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe que stale=true se gestiona reintentando con el nuevo nonce en lugar de hacer fallar la llamada.</translation>
    </message>
    <message>
        <source>On SIP trunks, confirm whether the provider expects digest or IP authentication, since mixing them produces challenges the PBX cannot answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>En troncales SIP, confirme si el proveedor espera autenticación Digest o por IP, ya que mezclarlas genera desafíos que la PBX no puede responder.</translation>
    </message>
    <message>
        <source>Carries the proxy&apos;s Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header Proxy-Authenticate</comment>
        <extracomment>Why to inspect the Proxy-Authenticate header</extracomment>
        <translation>Lleva el desafío Digest del proxy: realm, nonce, algorithm, qop y posiblemente stale=true.</translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Proxy-Authorization</comment>
        <extracomment>Why to inspect the Proxy-Authorization header</extracomment>
        <translation>La cabecera que el cliente debe añadir a la solicitud reintentada, calculada a partir del desafío.</translation>
    </message>
    <message>
        <source>Same mechanism, but the challenge comes from the UAS or registrar.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>El mismo mecanismo, pero el desafío procede del UAS o del registrador.</translation>
    </message>
    <message>
        <source>Refusal that credentials cannot fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Rechazo que las credenciales no pueden resolver.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 407 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 asigna 407 a la causa 21, Call rejected (llamada rechazada), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:408</name>
    <message>
        <source>Request Timeout</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Tiempo de espera de la solicitud agotado</translation>
    </message>
    <message>
        <source>No final response arrived in time; often generated locally when Timer B or Timer F expires.</source>
        <comment>summary</comment>
        <translation>No llegó ninguna respuesta final a tiempo; a menudo se genera localmente cuando vence Timer B o Timer F.</translation>
    </message>
    <message>
        <source>408 means the request could not be completed within the available time. A server may send it when, for example, it could not locate the user quickly enough, but most 408s in traces are synthetic: the client transaction reports a timeout as 408 when Timer B (INVITE) or Timer F (non-INVITE) fires, by default after 64*T1, about 32 seconds. Proxies also return it upstream when their own Timer C or no-answer timer gives up on a branch.</source>
        <comment>description</comment>
        <translation>408 significa que la solicitud no pudo completarse en el tiempo disponible. Un servidor puede enviarla cuando, por ejemplo, no pudo localizar al usuario con suficiente rapidez, pero la mayoría de los 408 en las trazas son sintéticos: la transacción cliente informa de un vencimiento de temporizador como 408 cuando vence Timer B (INVITE) o Timer F (no INVITE), por defecto tras 64*T1, unos 32 segundos. Los proxies también la devuelven aguas arriba cuando su propio Timer C o temporizador de no respuesta abandona una rama.</translation>
    </message>
    <message>
        <source>It points to an unreachable next hop: a wrong IP or port, a firewall or ACL silently dropping UDP, a dead DNS SRV target, or an expired NAT binding towards a registered phone. Calls that ring too long through a proxy with a short no-answer timer, such as Kamailio&apos;s fr_inv_timer, also end in 408. For REGISTER and OPTIONS it usually means the server never answered.</source>
        <comment>seenWhen</comment>
        <translation>Apunta a un siguiente salto inalcanzable: una IP o puerto erróneos, un firewall o ACL que descarta UDP en silencio, un destino DNS SRV caído o un binding NAT caducado hacia un teléfono registrado. Las llamadas que suenan demasiado tiempo a través de un proxy con un temporizador de no respuesta corto, como fr_inv_timer de Kamailio, también terminan en 408. Para REGISTER y OPTIONS suele significar que el servidor nunca respondió.</translation>
    </message>
    <message>
        <source>Mostly the client transaction itself when Timer B or Timer F expires; also proxies and B2BUAs that stop waiting on a downstream branch, and occasionally a UAS that could not finish its lookup in time.</source>
        <comment>sentBy</comment>
        <translation>Sobre todo la propia transacción cliente cuando vence Timer B o Timer F; también proxies y B2BUA que dejan de esperar en una rama aguas abajo y, ocasionalmente, un UAS que no pudo terminar su búsqueda a tiempo.</translation>
    </message>
    <message>
        <source>The same request may be repeated later, but after a transport timeout a UAC or proxy should first fail over to the next DNS SRV target or route. Do not keep hammering a dead next hop.</source>
        <comment>retryNote</comment>
        <translation>La misma solicitud puede repetirse más tarde, pero tras un vencimiento de temporizador de transporte un UAC o proxy debe conmutar primero al siguiente destino DNS SRV o ruta. No siga insistiendo sobre un siguiente salto caído.</translation>
    </message>
    <message>
        <source>Determine whether the 408 came over the wire or was generated locally; if no matching response packet exists in the capture, the caller&apos;s own timer fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Determine si el 408 llegó por la red o se generó localmente; si no existe ningún paquete de respuesta correspondiente en la captura, lo que venció fue el temporizador del propio llamante.</translation>
    </message>
    <message>
        <source>For local timeouts, check the path to the next hop: routing, firewall and ACLs, NAT bindings, transport (UDP, TCP or TLS) and the DNS SRV results.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Para los vencimientos locales, compruebe la ruta hasta el siguiente salto: enrutamiento, firewall y ACL, bindings NAT, transporte (UDP, TCP o TLS) y los resultados DNS SRV.</translation>
    </message>
    <message>
        <source>If a proxy sent it after ringing, review its no-answer timers and whether the callee ever sent a final response.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si la envió un proxy tras el timbre, revise sus temporizadores de no respuesta y si el llamado llegó a enviar alguna respuesta final.</translation>
    </message>
    <message>
        <source>Look for large UDP messages being fragmented and dropped, which make only some requests time out.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Busque mensajes UDP grandes que se fragmentan y se descartan, lo que hace que solo algunas solicitudes agoten el tiempo de espera.</translation>
    </message>
    <message>
        <source>Identifies the element that built a 408 received over the wire; a locally generated 408 usually never appears in a packet capture.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>Identifica el elemento que construyó un 408 recibido por la red; un 408 generado localmente normalmente nunca aparece en una captura de paquetes.</translation>
    </message>
    <message>
        <source>A server reports that it timed out waiting on another server.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>Un servidor informa de que agotó el tiempo de espera aguardando a otro servidor.</translation>
    </message>
    <message>
        <source>The callee was found but is not available, rather than nothing answering in time.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>El llamado se encontró pero no está disponible, en lugar de que nada respondiera a tiempo.</translation>
    </message>
    <message>
        <source>What RFC 3261 tells a client to assume after a transport error rather than a timeout.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Lo que RFC 3261 indica al cliente que debe suponer tras un error de transporte, en lugar de un vencimiento de temporizador.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 408 to cause 102, Recovery on timer expiry, towards ISUP.</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation>RFC 3398 asigna 408 a la causa 102, Recovery on timer expiry (recuperación por vencimiento de temporizador), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:410</name>
    <message>
        <source>Gone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ya no existe</translation>
    </message>
    <message>
        <source>The user used to exist here but is permanently gone and no forwarding address is known.</source>
        <comment>summary</comment>
        <translation>El usuario existía aquí, pero ya no existe de forma permanente y no se conoce ninguna dirección de desvío.</translation>
    </message>
    <message>
        <source>410 says the requested resource existed at this server in the past but is no longer available, and the server has no new address for it. Unlike 404 it confirms that the address was once valid, and unlike 301 it gives the caller nowhere to go. If the server cannot tell whether the condition is permanent, 404 is the correct code.</source>
        <comment>description</comment>
        <translation>410 indica que el recurso solicitado existió en este servidor en el pasado pero ya no está disponible, y el servidor no tiene una nueva dirección para él. A diferencia de 404, confirma que la dirección fue válida en su día, y a diferencia de 301, no da al llamante ningún otro destino. Si el servidor no puede saber si la condición es permanente, el código correcto es 404.</translation>
    </message>
    <message>
        <source>It is seen on calls to disconnected or ported-out numbers on carrier networks and to users deleted from a hosted platform. PSTN gateways map ISUP cause 22, Number changed, to 410.</source>
        <comment>seenWhen</comment>
        <translation>Se ve en llamadas a números dados de baja o portados a otro operador en redes de operador, y a usuarios eliminados de una plataforma alojada. Las pasarelas PSTN asignan la causa ISUP 22, Number changed, a 410.</translation>
    </message>
    <message>
        <source>Carrier switches, gateways and hosted platforms that know a number or account was disconnected send it.</source>
        <comment>sentBy</comment>
        <translation>La envían centrales de operador, pasarelas y plataformas alojadas que saben que un número o cuenta se dio de baja.</translation>
    </message>
    <message>
        <source>Do not retry this address, because it is permanently invalid at this server. An LCR router may try another carrier only if the portability data might be out of date.</source>
        <comment>retryNote</comment>
        <translation>No reintente esta dirección, porque no es válida de forma permanente en este servidor. Un enrutador LCR puede probar otro operador solo si los datos de portabilidad pudieran estar desactualizados.</translation>
    </message>
    <message>
        <source>Verify the destination number or SIP address with the called party or a directory, since it is no longer in service at this provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Verifique el número de destino o la dirección SIP con la parte llamada o en un directorio, ya que ya no está en servicio en este proveedor.</translation>
    </message>
    <message>
        <source>If the number was ported, check number portability data so calls route to the new carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si el número se portó, compruebe los datos de portabilidad numérica para que las llamadas se enruten al nuevo operador.</translation>
    </message>
    <message>
        <source>Remove the stale entry from address books, speed dials and routing tables.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Elimine la entrada obsoleta de agendas, marcaciones rápidas y tablas de enrutamiento.</translation>
    </message>
    <message>
        <source>The user is unknown, with no statement that it ever existed.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>El usuario es desconocido, sin indicación de que haya existido alguna vez.</translation>
    </message>
    <message>
        <source>The user moved and the new address is given in Contact.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>El usuario se trasladó y la nueva dirección se indica en Contact.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 410 to cause 22, Number changed, towards ISUP.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>RFC 3398 asigna 410 a la causa 22, Number changed (número cambiado), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:411</name>
    <message>
        <source>Length Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Se requiere longitud</translation>
    </message>
    <message>
        <source>Obsolete RFC 2543 code: the server refused a request that had no defined Content-Length.</source>
        <comment>summary</comment>
        <translation>Código obsoleto de RFC 2543: el servidor rechazó una solicitud que no tenía un Content-Length definido.</translation>
    </message>
    <message>
        <source>Under RFC 2543 a server could answer 411 when it would not accept a request without a Content-Length header. RFC 3261 dropped the code, made Content-Length mandatory on stream transports such as TCP and TLS, and treats a request with broken framing as malformed instead. A current stack should never send 411.</source>
        <comment>description</comment>
        <translation>Según RFC 2543, un servidor podía responder 411 cuando no aceptaba una solicitud sin cabecera Content-Length. RFC 3261 eliminó el código, hizo obligatorio Content-Length en transportes de flujo como TCP y TLS, y trata como mal formada una solicitud con un entramado defectuoso. Una pila actual nunca debería enviar 411.</translation>
    </message>
    <message>
        <source>It can only come from very old RFC 2543 era equipment, such as early IP phones and gateways still in service. A current server facing the same problem typically answers 400 Bad Request instead.</source>
        <comment>seenWhen</comment>
        <translation>Solo puede proceder de equipos muy antiguos de la época de RFC 2543, como los primeros teléfonos IP y pasarelas que siguen en servicio. Un servidor actual ante el mismo problema suele responder 400 Bad Request.</translation>
    </message>
    <message>
        <source>Legacy RFC 2543 servers and user agents that insisted on an explicit body length sent it.</source>
        <comment>sentBy</comment>
        <translation>La enviaban servidores y agentes de usuario antiguos de RFC 2543 que exigían una longitud de cuerpo explícita.</translation>
    </message>
    <message>
        <source>Resend the request with a valid Content-Length. A modern client that does not know 411 treats it like 400, as it does for any unknown 4xx code.</source>
        <comment>retryNote</comment>
        <translation>Reenvíe la solicitud con un Content-Length válido. Un cliente moderno que no conoce 411 la trata como 400, igual que hace con cualquier código 4xx desconocido.</translation>
    </message>
    <message>
        <source>Defined by RFC 2543 and dropped by RFC 3261, which does not list it, so it is absent from the IANA SIP response code registry.</source>
        <comment>statusNote</comment>
        <translation>Definida por RFC 2543 y eliminada por RFC 3261, que no la incluye, por lo que no figura en el registro de códigos de respuesta SIP de IANA.</translation>
    </message>
    <message>
        <source>Add a correct Content-Length header to every request, including Content-Length: 0 when there is no body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Añada una cabecera Content-Length correcta a cada solicitud, incluido Content-Length: 0 cuando no haya cuerpo.</translation>
    </message>
    <message>
        <source>Make sure the value still matches the body size in bytes after an SBC or ALG rewrites the SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Asegúrese de que el valor sigue coincidiendo con el tamaño del cuerpo en bytes después de que un SBC o ALG reescriba el SDP.</translation>
    </message>
    <message>
        <source>Plan to replace the legacy device that sends 411, since current peers do not know the code.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Planifique sustituir el dispositivo antiguo que envía 411, ya que los pares actuales no conocen el código.</translation>
    </message>
    <message>
        <source>Missing or wrong in the request that was refused.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>Ausente o errónea en la solicitud rechazada.</translation>
    </message>
    <message>
        <source>The modern response to a request with broken framing or a bad Content-Length.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>La respuesta moderna a una solicitud con entramado defectuoso o un Content-Length erróneo.</translation>
    </message>
    <message>
        <source>The body is present and delimited, but too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>El cuerpo está presente y delimitado, pero es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>sip:412</name>
    <message>
        <source>Conditional Request Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Falló la solicitud condicional</translation>
    </message>
    <message>
        <source>A PUBLISH refresh carried a SIP-If-Match entity-tag the server no longer knows.</source>
        <comment>summary</comment>
        <translation>Un refresco de PUBLISH llevaba una entity-tag en SIP-If-Match que el servidor ya no conoce.</translation>
    </message>
    <message>
        <source>412 is returned by an event state compositor when the entity-tag in the SIP-If-Match header of a PUBLISH does not match any publication it holds. The publication the tag referred to has expired, been removed, or was never stored. The publisher must discard the tag and start over with an initial PUBLISH that carries full state and no SIP-If-Match.</source>
        <comment>description</comment>
        <translation>412 la devuelve un compositor de estado de eventos cuando la entity-tag de la cabecera SIP-If-Match de un PUBLISH no coincide con ninguna publicación que tenga. La publicación a la que se refería la tag ha caducado, se ha eliminado o nunca llegó a almacenarse. El publicador debe descartar la tag y empezar de nuevo con un PUBLISH inicial que lleve el estado completo y sin SIP-If-Match.</translation>
    </message>
    <message>
        <source>It appears with presence and dialog-state publishing from softphones and mobile clients after a presence server restart, a failover to a node without replicated state, or a refresh that arrived after the publication had already expired, for example after the client was asleep. A loop of PUBLISH followed by 412 points to a client that keeps reusing the stale tag.</source>
        <comment>seenWhen</comment>
        <translation>Aparece con la publicación de presencia y de estado de diálogo desde softphones y clientes móviles tras un reinicio del servidor de presencia, una conmutación a un nodo sin estado replicado, o un refresco que llegó cuando la publicación ya había caducado, por ejemplo después de que el cliente estuviera en reposo. Un bucle de PUBLISH seguido de 412 apunta a un cliente que sigue reutilizando la tag obsoleta.</translation>
    </message>
    <message>
        <source>An event state compositor sends it, usually a presence server or the presence module of a SIP server processing PUBLISH.</source>
        <comment>sentBy</comment>
        <translation>La envía un compositor de estado de eventos, normalmente un servidor de presencia o el módulo de presencia de un servidor SIP que procesa PUBLISH.</translation>
    </message>
    <message>
        <source>Do not repeat the conditional PUBLISH. Send a fresh initial PUBLISH without SIP-If-Match, then use the new SIP-ETag for later refreshes.</source>
        <comment>retryNote</comment>
        <translation>No repita el PUBLISH condicional. Envíe un nuevo PUBLISH inicial sin SIP-If-Match y use después el nuevo SIP-ETag para los refrescos posteriores.</translation>
    </message>
    <message>
        <source>Make the client drop the stored entity-tag and send an initial PUBLISH with a full body and no SIP-If-Match.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Haga que el cliente descarte la entity-tag almacenada y envíe un PUBLISH inicial con el cuerpo completo y sin SIP-If-Match.</translation>
    </message>
    <message>
        <source>Check the publication Expires values and refresh timing so refreshes arrive before the publication lapses.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe los valores de Expires de la publicación y la temporización de los refrescos para que estos lleguen antes de que caduque la publicación.</translation>
    </message>
    <message>
        <source>On clustered presence servers, confirm publication state is shared, or that clients stay on the node holding their publication.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>En servidores de presencia en clúster, confirme que el estado de las publicaciones se comparte, o que los clientes permanecen en el nodo que tiene su publicación.</translation>
    </message>
    <message>
        <source>In the PUBLISH; the entity-tag the server failed to match.</source>
        <comment>header SIP-If-Match</comment>
        <extracomment>Why to inspect the SIP-If-Match header</extracomment>
        <translation>En el PUBLISH; la entity-tag que el servidor no pudo hacer coincidir.</translation>
    </message>
    <message>
        <source>Returned in the 2xx to a successful PUBLISH; the value to use in the next refresh.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation>Se devuelve en el 2xx a un PUBLISH correcto; es el valor que debe usarse en el siguiente refresco.</translation>
    </message>
    <message>
        <source>Sets how long a publication lives before its entity-tag becomes invalid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Establece cuánto dura una publicación antes de que su entity-tag deje de ser válida.</translation>
    </message>
    <message>
        <source>Entity-tag based suppression on the SUBSCRIBE side rather than a PUBLISH failure.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>Supresión basada en entity-tag en el lado de SUBSCRIBE, en lugar de un fallo de PUBLISH.</translation>
    </message>
    <message>
        <source>The requested publication Expires is shorter than the server accepts.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation>El Expires de publicación solicitado es más corto de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>The event package named in the PUBLISH is not supported at all.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>El paquete de eventos nombrado en el PUBLISH no está soportado en absoluto.</translation>
    </message>
</context>
<context>
    <name>sip:413</name>
    <message>
        <source>Request Entity Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Entidad de solicitud demasiado grande</translation>
    </message>
    <message>
        <source>The request body is larger than the server is willing or able to process.</source>
        <comment>summary</comment>
        <translation>El cuerpo de la solicitud es mayor de lo que el servidor está dispuesto a procesar o es capaz de procesar.</translation>
    </message>
    <message>
        <source>413 says the message body is too big for the server. The server may close the connection to stop the client from sending more. If the limit is temporary, the response can include Retry-After to say when the client may try again.</source>
        <comment>description</comment>
        <translation>413 indica que el cuerpo del mensaje es demasiado grande para el servidor. El servidor puede cerrar la conexión para impedir que el cliente siga enviando. Si el límite es temporal, la respuesta puede incluir Retry-After para indicar cuándo puede volver a intentarlo el cliente.</translation>
    </message>
    <message>
        <source>It is seen with INVITEs carrying very large SDP, for example video endpoints offering many codecs, ICE candidates and crypto lines, or multipart bodies combining SDP with ISUP or location objects. MESSAGE requests carrying files or long texts and SUBSCRIBE or NOTIFY requests with large resource lists can trigger it too.</source>
        <comment>seenWhen</comment>
        <translation>Se ve con INVITE que llevan un SDP muy grande, por ejemplo terminales de vídeo que ofrecen muchos códecs, candidatos ICE y líneas crypto, o cuerpos multipart que combinan SDP con ISUP u objetos de localización. Las solicitudes MESSAGE con ficheros o textos largos y las solicitudes SUBSCRIBE o NOTIFY con listas de recursos grandes también pueden provocarla.</translation>
    </message>
    <message>
        <source>Servers, SBCs and gateways with a body size limit send it, including PSTN gateways with small fixed buffers.</source>
        <comment>sentBy</comment>
        <translation>La envían servidores, SBC y pasarelas con un límite de tamaño de cuerpo, incluidas las pasarelas PSTN con búferes fijos pequeños.</translation>
    </message>
    <message>
        <source>Resend with a smaller body. Repeat the same request unchanged only if Retry-After is present, and only after that delay.</source>
        <comment>retryNote</comment>
        <translation>Reenvíe con un cuerpo más pequeño. Repita la misma solicitud sin cambios solo si está presente Retry-After, y solo tras ese plazo.</translation>
    </message>
    <message>
        <source>Check the body size against the receiver&apos;s configured maximum message or body size.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare el tamaño del cuerpo con el tamaño máximo de mensaje o de cuerpo configurado en el receptor.</translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, redundant ICE candidates or extra media lines, or have the SBC strip unneeded multipart parts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reduzca el SDP eliminando códecs no usados, candidatos ICE redundantes o líneas de medios sobrantes, o haga que el SBC elimine las partes multipart innecesarias.</translation>
    </message>
    <message>
        <source>For large payloads such as files, send a reference or use a separate transfer method such as MSRP or HTTP instead of the SIP body.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Para cargas grandes como ficheros, envíe una referencia o use un método de transferencia separado, como MSRP o HTTP, en lugar del cuerpo SIP.</translation>
    </message>
    <message>
        <source>If Retry-After is present, wait that long before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si está presente Retry-After, espere ese tiempo antes de reenviar.</translation>
    </message>
    <message>
        <source>Present when the condition is temporary; says how many seconds to wait before trying again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Presente cuando la condición es temporal; indica cuántos segundos esperar antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>In the request; shows how large the rejected body was.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>En la solicitud; muestra el tamaño del cuerpo rechazado.</translation>
    </message>
    <message>
        <source>The whole message, not just the body, exceeds what the server accepts.</source>
        <comment>related 513</comment>
        <extracomment>How 513 differs</extracomment>
        <translation>Es el mensaje completo, no solo el cuerpo, lo que supera lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>The Request-URI, rather than the body, is too long.</source>
        <comment>related 414</comment>
        <extracomment>How 414 differs</extracomment>
        <translation>Lo demasiado largo es la Request-URI, no el cuerpo.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 413 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 asigna 413 a la causa 127, Interworking unspecified (interfuncionamiento sin especificar), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:414</name>
    <message>
        <source>Request-URI Too Long</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Request-URI demasiado larga</translation>
    </message>
    <message>
        <source>The Request-URI is longer than the server is willing to interpret.</source>
        <comment>summary</comment>
        <translation>La Request-URI es más larga de lo que el servidor está dispuesto a interpretar.</translation>
    </message>
    <message>
        <source>414 means the server refuses to process the request because its Request-URI is too long. The limit is implementation specific and usually covers the whole URI, including parameters and any headers embedded after a question mark.</source>
        <comment>description</comment>
        <translation>414 significa que el servidor se niega a procesar la solicitud porque su Request-URI es demasiado larga. El límite depende de la implementación y suele abarcar toda la URI, incluidos los parámetros y las cabeceras incrustadas tras un signo de interrogación.</translation>
    </message>
    <message>
        <source>It appears when Request-URIs collect parameters as they pass through several proxies or application servers, for example routing tags, long tokens or push notification parameters added for mobile clients. Click-to-dial and web integrations that embed headers in the URI can also produce it.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando las Request-URI acumulan parámetros al pasar por varios proxies o servidores de aplicaciones, por ejemplo tags de enrutamiento, tokens largos o parámetros de notificaciones push añadidos para clientes móviles. Las integraciones click-to-dial y web que incrustan cabeceras en la URI también pueden generarla.</translation>
    </message>
    <message>
        <source>Any server, proxy or gateway whose parser enforces a maximum Request-URI size can send it.</source>
        <comment>sentBy</comment>
        <translation>Puede enviarla cualquier servidor, proxy o pasarela cuyo analizador imponga un tamaño máximo de Request-URI.</translation>
    </message>
    <message>
        <source>Resend only with a shorter Request-URI, because the same request will keep failing.</source>
        <comment>retryNote</comment>
        <translation>Reenvíe solo con una Request-URI más corta, porque la misma solicitud seguirá fallando.</translation>
    </message>
    <message>
        <source>Measure the Request-URI length in the trace and compare it with the receiver&apos;s limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Mida la longitud de la Request-URI en la traza y compárela con el límite del receptor.</translation>
    </message>
    <message>
        <source>Remove unnecessary URI parameters or embedded headers, or carry that data in proper header fields instead.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Elimine los parámetros de URI o las cabeceras incrustadas innecesarios, o transporte esos datos en los campos de cabecera adecuados.</translation>
    </message>
    <message>
        <source>Check for loops or misbehaving proxies that append parameters at every hop.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Busque bucles o proxies defectuosos que añadan parámetros en cada salto.</translation>
    </message>
    <message>
        <source>The body, rather than the Request-URI, is too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>Lo demasiado grande es el cuerpo, no la Request-URI.</translation>
    </message>
    <message>
        <source>Generic syntax failure, which some servers return for overlong URIs instead.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Fallo de sintaxis genérico, que algunos servidores devuelven en su lugar para URI demasiado largas.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 414 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 asigna 414 a la causa 127, Interworking unspecified (interfuncionamiento sin especificar), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:415</name>
    <message>
        <source>Unsupported Media Type</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Tipo de medio no soportado</translation>
    </message>
    <message>
        <source>The request body&apos;s format, encoding or language is not supported for this method.</source>
        <comment>summary</comment>
        <translation>El formato, la codificación o el idioma del cuerpo de la solicitud no están soportados para este método.</translation>
    </message>
    <message>
        <source>415 says the server cannot handle the body of the request because of its content type, content encoding or language. The response lists what is acceptable in Accept, Accept-Encoding or Accept-Language, depending on which aspect failed. It concerns the request body, unlike 406, which concerns the body of the response.</source>
        <comment>description</comment>
        <translation>415 indica que el servidor no puede gestionar el cuerpo de la solicitud por su tipo de contenido, su codificación de contenido o su idioma. La respuesta enumera lo aceptable en Accept, Accept-Encoding o Accept-Language, según el aspecto que haya fallado. Se refiere al cuerpo de la solicitud, a diferencia de 406, que se refiere al cuerpo de la respuesta.</translation>
    </message>
    <message>
        <source>Typical cases are INVITEs with multipart/mixed bodies (SDP plus ISUP or a location object) sent to devices that accept only application/sdp, and INFO requests using application/dtmf-relay towards a device that expects application/dtmf, or the reverse. It also appears for MESSAGE bodies in types such as text/html that the client cannot render, and for compressed bodies sent to peers without compression support.</source>
        <comment>seenWhen</comment>
        <translation>Los casos típicos son INVITE con cuerpos multipart/mixed (SDP más ISUP o un objeto de localización) enviados a dispositivos que solo aceptan application/sdp, y solicitudes INFO que usan application/dtmf-relay hacia un dispositivo que espera application/dtmf, o al revés. También aparece con cuerpos MESSAGE de tipos como text/html que el cliente no puede mostrar, y con cuerpos comprimidos enviados a pares sin soporte de compresión.</translation>
    </message>
    <message>
        <source>User agents, gateways and B2BUAs that parse the body and do not support its type or encoding send it.</source>
        <comment>sentBy</comment>
        <translation>La envían agentes de usuario, pasarelas y B2BUA que analizan el cuerpo y no admiten su tipo o codificación.</translation>
    </message>
    <message>
        <source>Retry with a body in one of the formats listed in Accept, or without the unsupported encoding.</source>
        <comment>retryNote</comment>
        <translation>Reintente con un cuerpo en uno de los formatos enumerados en Accept, o sin la codificación no soportada.</translation>
    </message>
    <message>
        <source>Read Accept, Accept-Encoding and Accept-Language in the 415 to see what the server will take.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea Accept, Accept-Encoding y Accept-Language en el 415 para ver qué aceptará el servidor.</translation>
    </message>
    <message>
        <source>Change the body type on the sender, or have the SBC strip unsupported multipart parts and keep only application/sdp.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Cambie el tipo de cuerpo en el emisor, o haga que el SBC elimine las partes multipart no soportadas y conserve solo application/sdp.</translation>
    </message>
    <message>
        <source>For DTMF over INFO, align the body format on both sides or switch to RFC 4733 telephone-events.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Para DTMF mediante INFO, alinee el formato del cuerpo en ambos lados o cambie a los telephone-events de RFC 4733.</translation>
    </message>
    <message>
        <source>Remove Content-Encoding if the peer cannot decompress the body.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Elimine Content-Encoding si el par no puede descomprimir el cuerpo.</translation>
    </message>
    <message>
        <source>Lists the body types the server accepts for this method.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>Enumera los tipos de cuerpo que el servidor acepta para este método.</translation>
    </message>
    <message>
        <source>Present when the content encoding was the problem; lists encodings the server understands.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation>Presente cuando el problema era la codificación de contenido; enumera las codificaciones que entiende el servidor.</translation>
    </message>
    <message>
        <source>Present when the language was the problem; lists languages the server accepts.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation>Presente cuando el problema era el idioma; enumera los idiomas que acepta el servidor.</translation>
    </message>
    <message>
        <source>In the request; the body type that was refused.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>En la solicitud; el tipo de cuerpo que se rechazó.</translation>
    </message>
    <message>
        <source>The problem is the format of the response, not of the request body.</source>
        <comment>related 406</comment>
        <extracomment>How 406 differs</extracomment>
        <translation>El problema es el formato de la respuesta, no el del cuerpo de la solicitud.</translation>
    </message>
    <message>
        <source>The body type is fine, but the session description inside it cannot be accepted.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>El tipo de cuerpo es correcto, pero la descripción de sesión que contiene no puede aceptarse.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 415 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 asigna 415 a la causa 79, Service or option not implemented (servicio u opción no implementado), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:416</name>
    <message>
        <source>Unsupported URI Scheme</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Esquema de URI no soportado</translation>
    </message>
    <message>
        <source>The scheme of the Request-URI (tel:, im:, http: and so on) is one this server cannot handle.</source>
        <comment>summary</comment>
        <translation>El esquema de la Request-URI (tel:, im:, http:, etc.) es uno que este servidor no puede gestionar.</translation>
    </message>
    <message>
        <source>The receiving element looked at the scheme in front of the colon in the Request-URI and does not support it. Every SIP element has to understand sip: URIs, but support for tel:, urn:, im:, pres: or anything more exotic is optional. The URI is not malformed as such; it simply names a kind of address this server will not process.</source>
        <comment>description</comment>
        <translation>El elemento receptor examinó el esquema situado delante de los dos puntos en la Request-URI y no lo admite. Todo elemento SIP tiene que entender las URI sip:, pero el soporte de tel:, urn:, im:, pres: o cualquier esquema más exótico es opcional. La URI no está mal formada como tal; simplemente designa un tipo de dirección que este servidor no procesará.</translation>
    </message>
    <message>
        <source>A softphone or dialer sends INVITE tel:+15551234567 straight to a proxy or SBC that only routes sip: URIs. A click-to-dial, CRM or paging integration builds the Request-URI from a template and ends up with callto:, http: or a bare number with a stray prefix that parses as a scheme. It also shows up when an application server passes through a URN or IM URI that the next hop was never configured for.</source>
        <comment>seenWhen</comment>
        <translation>Un softphone o marcador envía INVITE tel:+15551234567 directamente a un proxy o SBC que solo enruta URI sip:. Una integración click-to-dial, de CRM o de megafonía construye la Request-URI a partir de una plantilla y acaba con callto:, http: o un número sin más con un prefijo sobrante que se interpreta como esquema. También aparece cuando un servidor de aplicaciones deja pasar una URN o URI de IM para la que el siguiente salto nunca se configuró.</translation>
    </message>
    <message>
        <source>Any UAS or proxy that parses the Request-URI and finds a scheme it has no handler for; SBCs and hosted PBXs that only accept sip: are the usual source.</source>
        <comment>sentBy</comment>
        <translation>Cualquier UAS o proxy que analiza la Request-URI y encuentra un esquema para el que no tiene gestor; los SBC y las PBX alojadas que solo aceptan sip: son el origen habitual.</translation>
    </message>
    <message>
        <source>Sending the same URI again to the same server will fail the same way. Retry only after rewriting the Request-URI into a scheme the server supports, or route the request to an element that handles that scheme.</source>
        <comment>retryNote</comment>
        <translation>Enviar de nuevo la misma URI al mismo servidor fallará de la misma manera. Reintente solo después de reescribir la Request-URI con un esquema que el servidor admita, o enrute la solicitud a un elemento que gestione ese esquema.</translation>
    </message>
    <message>
        <source>Read the Request-URI of the rejected request and note the scheme before the colon.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la Request-URI de la solicitud rechazada y anote el esquema que aparece antes de los dos puntos.</translation>
    </message>
    <message>
        <source>Normalise tel: numbers on the sending side into sip:+number@domain;user=phone if the next hop only takes SIP URIs.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Normalice en el lado emisor los números tel: a sip:+número@dominio;user=phone si el siguiente salto solo acepta URI SIP.</translation>
    </message>
    <message>
        <source>Fix the template or dial plan in the application that builds the URI.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Corrija la plantilla o el plan de marcación de la aplicación que construye la URI.</translation>
    </message>
    <message>
        <source>If the receiver should accept tel: or other schemes, enable that URI handling on the proxy or SBC.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si el receptor debe aceptar tel: u otros esquemas, habilite ese tratamiento de URI en el proxy o SBC.</translation>
    </message>
    <message>
        <source>A 400 means the request could not be parsed at all; 416 means it parsed fine but the URI scheme is not supported.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Un 400 significa que la solicitud no pudo analizarse en absoluto; 416 significa que se analizó bien pero el esquema de URI no está soportado.</translation>
    </message>
    <message>
        <source>A 404 says the address is valid but no such user exists; 416 never gets as far as looking the user up.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Un 404 indica que la dirección es válida pero no existe ese usuario; con 416 nunca se llega a buscar al usuario.</translation>
    </message>
    <message>
        <source>RFC 3398 gateways map 416 to cause 127, interworking unspecified, when it has to cross into ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>Las pasarelas RFC 3398 asignan 416 a la causa 127, interworking unspecified (interfuncionamiento sin especificar), cuando tiene que pasar a ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:417</name>
    <message>
        <source>Unknown Resource-Priority</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Resource-Priority desconocida</translation>
    </message>
    <message>
        <source>Resource priority was required, but the Resource-Priority namespace or value is not one this element knows.</source>
        <comment>summary</comment>
        <translation>Se exigía prioridad de recursos, pero el espacio de nombres o el valor de Resource-Priority no es uno que este elemento conozca.</translation>
    </message>
    <message>
        <source>The request carried Require: resource-priority, so the recipient had to act on the Resource-Priority header, yet it did not recognise the namespace or the priority value given. Resource priority is used for preferential treatment of emergency and government calls (namespaces such as ets, wps, dsn, drsn or q735). The response lists what the element does understand in an Accept-Resource-Priority header.</source>
        <comment>description</comment>
        <translation>La solicitud llevaba Require: resource-priority, por lo que el destinatario tenía que actuar según la cabecera Resource-Priority, pero no reconoció el espacio de nombres ni el valor de prioridad indicados. La prioridad de recursos se usa para el tratamiento preferente de llamadas de emergencia y gubernamentales (espacios de nombres como ets, wps, dsn, drsn o q735). La respuesta enumera lo que el elemento sí entiende en una cabecera Accept-Resource-Priority.</translation>
    </message>
    <message>
        <source>Priority calls from GETS/WPS or defence networks cross into a carrier, SBC or gateway that has not been provisioned with the same namespace. Cisco IOS gateways configured for strict resource-priority mode reject unknown namespaces or values this way instead of ignoring them. It also appears after a namespace typo or a priority value outside the range the peer configured.</source>
        <comment>seenWhen</comment>
        <translation>Las llamadas prioritarias de GETS/WPS o de redes de defensa pasan a un operador, SBC o pasarela que no se ha aprovisionado con el mismo espacio de nombres. Las pasarelas Cisco IOS configuradas en modo estricto de resource-priority rechazan de esta forma los espacios de nombres o valores desconocidos en lugar de ignorarlos. También aparece tras un error tipográfico en el espacio de nombres o con un valor de prioridad fuera del rango configurado por el par.</translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that enforce resource priority and were told by the Require header that they must understand it.</source>
        <comment>sentBy</comment>
        <translation>Proxies, SBC y pasarelas PSTN que aplican la prioridad de recursos y a los que la cabecera Require indicó que debían entenderla.</translation>
    </message>
    <message>
        <source>Retry with a namespace and value taken from Accept-Resource-Priority, or without Require: resource-priority. Repeating the identical request will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Reintente con un espacio de nombres y un valor tomados de Accept-Resource-Priority, o sin Require: resource-priority. Repetir la solicitud idéntica volverá a ser rechazado.</translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the 417 to see which namespaces and priority values the peer accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea Accept-Resource-Priority en el 417 para ver qué espacios de nombres y valores de prioridad acepta el par.</translation>
    </message>
    <message>
        <source>Compare it with the Resource-Priority header sent and align the namespace and value on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compárela con la cabecera Resource-Priority enviada y alinee el espacio de nombres y el valor en ambos lados.</translation>
    </message>
    <message>
        <source>If the call can go through without preferential handling, stop sending Require: resource-priority so unknown values are simply ignored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si la llamada puede cursarse sin tratamiento preferente, deje de enviar Require: resource-priority para que los valores desconocidos simplemente se ignoren.</translation>
    </message>
    <message>
        <source>On the receiving gateway, switch to loose mode or add the namespace if it should be honoured.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>En la pasarela receptora, cambie al modo flexible (loose) o añada el espacio de nombres si debe respetarse.</translation>
    </message>
    <message>
        <source>Lists the namespaces and values the rejecting element supports; build the retry from it.</source>
        <comment>header Accept-Resource-Priority</comment>
        <extracomment>Why to inspect the Accept-Resource-Priority header</extracomment>
        <translation>Enumera los espacios de nombres y valores que admite el elemento que rechaza; construya el reintento a partir de ella.</translation>
    </message>
    <message>
        <source>The namespace.value pair that was not recognised.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>El par espacio_de_nombres.valor que no se reconoció.</translation>
    </message>
    <message>
        <source>Shows resource-priority was made mandatory; without it the element would have ignored the header.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Muestra que resource-priority se hizo obligatoria; sin ella el elemento habría ignorado la cabecera.</translation>
    </message>
    <message>
        <source>A 420 means the resource-priority option tag itself is unknown; 417 means the extension is supported but the specific value is not.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Un 420 significa que el option-tag resource-priority en sí es desconocido; 417 significa que la extensión está soportada pero el valor concreto no.</translation>
    </message>
    <message>
        <source>A 421 asks the client to use an extension; 417 rejects the values used in one.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Un 421 pide al cliente que use una extensión; 417 rechaza los valores usados en una.</translation>
    </message>
    <message>
        <source>A request whose priority is known but not authorised for this user is refused with 403 instead.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Una solicitud cuya prioridad se conoce pero no está autorizada para este usuario se rechaza en su lugar con 403.</translation>
    </message>
</context>
<context>
    <name>sip:420</name>
    <message>
        <source>Bad Extension</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Extensión incorrecta</translation>
    </message>
    <message>
        <source>An option tag in Require or Proxy-Require is not supported; the Unsupported header names it.</source>
        <comment>summary</comment>
        <translation>Un option-tag de Require o Proxy-Require no está soportado; la cabecera Unsupported lo nombra.</translation>
    </message>
    <message>
        <source>The client insisted on a SIP extension by listing its option tag in Require (for the UAS) or Proxy-Require (for proxies), and the recipient does not implement it. The response has to carry an Unsupported header that lists each tag it could not honour. Tags that are merely advertised in Supported never cause a 420.</source>
        <comment>description</comment>
        <translation>El cliente exigió una extensión SIP incluyendo su option-tag en Require (para el UAS) o en Proxy-Require (para los proxies), y el destinatario no la implementa. La respuesta tiene que llevar una cabecera Unsupported que enumere cada tag que no pudo atender. Los tags que simplemente se anuncian en Supported nunca provocan un 420.</translation>
    </message>
    <message>
        <source>A UAC sends Require: 100rel to a gateway or PBX without PRACK support. A device requires timer, replaces or precondition toward a legacy endpoint, for example during an attended transfer with an INVITE carrying Replaces. An IMS client sends Proxy-Require: sec-agree through a proxy that is not an IMS P-CSCF.</source>
        <comment>seenWhen</comment>
        <translation>Un UAC envía Require: 100rel a una pasarela o PBX sin soporte de PRACK. Un dispositivo exige timer, replaces o precondition hacia un terminal antiguo, por ejemplo durante una transferencia asistida con un INVITE que lleva Replaces. Un cliente IMS envía Proxy-Require: sec-agree a través de un proxy que no es un P-CSCF de IMS.</translation>
    </message>
    <message>
        <source>A UAS that does not implement an extension listed in Require, or a proxy that does not implement one listed in Proxy-Require.</source>
        <comment>sentBy</comment>
        <translation>Un UAS que no implementa una extensión enumerada en Require, o un proxy que no implementa una enumerada en Proxy-Require.</translation>
    </message>
    <message>
        <source>A UAC may retry at once after dropping the listed tags from Require or Proxy-Require, falling back to behaviour that does not need the extension. Resending unchanged will give the same 420.</source>
        <comment>retryNote</comment>
        <translation>Un UAC puede reintentar de inmediato tras eliminar los tags indicados de Require o Proxy-Require, recurriendo a un comportamiento que no necesite la extensión. Reenviar sin cambios producirá el mismo 420.</translation>
    </message>
    <message>
        <source>Read the Unsupported header to see exactly which option tag was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Unsupported para ver exactamente qué option-tag se rechazó.</translation>
    </message>
    <message>
        <source>Move that tag from Require or Proxy-Require to Supported, so the feature is offered rather than demanded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Mueva ese tag de Require o Proxy-Require a Supported, de modo que la funcionalidad se ofrezca en lugar de exigirse.</translation>
    </message>
    <message>
        <source>On SBCs and PBXs, set reliable provisional responses (100rel) or session timers to supported or optional instead of required toward this peer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>En los SBC y PBX, configure las respuestas provisionales fiables (100rel) o los temporizadores de sesión como soportados u opcionales en lugar de requeridos hacia este par.</translation>
    </message>
    <message>
        <source>If the feature is mandatory for the service, enable it on the far end or route to a device that implements it.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si la funcionalidad es obligatoria para el servicio, habilítela en el extremo remoto o enrute hacia un dispositivo que la implemente.</translation>
    </message>
    <message>
        <source>Names the option tags the recipient did not understand.</source>
        <comment>header Unsupported</comment>
        <extracomment>Why to inspect the Unsupported header</extracomment>
        <translation>Nombra los option-tags que el destinatario no entendió.</translation>
    </message>
    <message>
        <source>The tags the UAS was required to support; remove or relax the one listed in Unsupported.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Los tags que el UAS debía admitir; elimine o relaje el que aparece en Unsupported.</translation>
    </message>
    <message>
        <source>The tags every proxy had to support; a 420 from a proxy points here.</source>
        <comment>header Proxy-Require</comment>
        <extracomment>Why to inspect the Proxy-Require header</extracomment>
        <translation>Los tags que todos los proxies debían admitir; un 420 procedente de un proxy apunta aquí.</translation>
    </message>
    <message>
        <source>A 421 is the reverse case: the server needs an extension the client did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Un 421 es el caso inverso: el servidor necesita una extensión que el cliente no ofreció.</translation>
    </message>
    <message>
        <source>A 417 is used when resource-priority is understood but its values are not.</source>
        <comment>related 417</comment>
        <extracomment>How 417 differs</extracomment>
        <translation>Un 417 se usa cuando resource-priority se entiende pero sus valores no.</translation>
    </message>
    <message>
        <source>RFC 3398 gateways signal cause 127, interworking unspecified, for 420 toward ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>Las pasarelas RFC 3398 señalizan la causa 127, interworking unspecified (interfuncionamiento sin especificar), para 420 hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:421</name>
    <message>
        <source>Extension Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Extensión requerida</translation>
    </message>
    <message>
        <source>The server needs an extension the request did not list in Supported; the Require header says which.</source>
        <comment>summary</comment>
        <translation>El servidor necesita una extensión que la solicitud no incluyó en Supported; la cabecera Require indica cuál.</translation>
    </message>
    <message>
        <source>The UAS will only process the request if the client uses a particular SIP extension, and the client did not advertise it in Supported. The response carries a Require header naming the needed option tags. Servers are expected to use this sparingly, because it locks out clients that cannot implement the extension.</source>
        <comment>description</comment>
        <translation>El UAS solo procesará la solicitud si el cliente usa una extensión SIP concreta, y el cliente no la anunció en Supported. La respuesta lleva una cabecera Require que nombra los option-tags necesarios. Se espera que los servidores la usen con moderación, porque deja fuera a los clientes que no pueden implementar la extensión.</translation>
    </message>
    <message>
        <source>A gateway or media server that only gives early media with reliable provisional responses demands 100rel. An IMS core requires precondition or sec-agree and the device did not offer it. A UAS or SBC that insists on session timers rejects INVITEs lacking Supported: timer.</source>
        <comment>seenWhen</comment>
        <translation>Una pasarela o servidor de medios que solo proporciona medios tempranos con respuestas provisionales fiables exige 100rel. Un núcleo IMS requiere precondition o sec-agree y el dispositivo no lo ofreció. Un UAS o SBC que exige temporizadores de sesión rechaza los INVITE que no llevan Supported: timer.</translation>
    </message>
    <message>
        <source>A UAS, or a B2BUA acting as one, whose local policy makes an extension mandatory for this kind of request.</source>
        <comment>sentBy</comment>
        <translation>Un UAS, o un B2BUA que actúa como tal, cuya política local hace obligatoria una extensión para este tipo de solicitud.</translation>
    </message>
    <message>
        <source>Retry only with the listed extension enabled and its tag in Supported. If the client cannot implement it, the call fails at this server and a router should try another destination.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con la extensión indicada habilitada y su tag en Supported. Si el cliente no puede implementarla, la llamada falla en este servidor y un enrutador debería probar otro destino.</translation>
    </message>
    <message>
        <source>Read the Require header of the 421 to see which option tags are needed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Require del 421 para ver qué option-tags se necesitan.</translation>
    </message>
    <message>
        <source>Enable that extension on the UAC and make sure it is advertised in Supported on the retried request.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite esa extensión en el UAC y asegúrese de que se anuncia en Supported en la solicitud reintentada.</translation>
    </message>
    <message>
        <source>Check that no B2BUA or SBC on the path strips Supported or its tags.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe que ningún B2BUA o SBC de la ruta elimina Supported o sus tags.</translation>
    </message>
    <message>
        <source>If the client cannot support it, change the server policy so the extension is optional for this peer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si el cliente no puede admitirla, cambie la política del servidor para que la extensión sea opcional para este par.</translation>
    </message>
    <message>
        <source>Lists the option tags the server insists on.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Enumera los option-tags que el servidor exige.</translation>
    </message>
    <message>
        <source>Check what the original request advertised and whether a middlebox removed tags.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Compruebe qué anunciaba la solicitud original y si algún equipo intermedio eliminó tags.</translation>
    </message>
    <message>
        <source>A 420 is the opposite direction: the client demanded an extension the server lacks.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Un 420 es la dirección opuesta: el cliente exigió una extensión de la que carece el servidor.</translation>
    </message>
    <message>
        <source>A 494 is the specific answer when the missing piece is the sec-agree security negotiation.</source>
        <comment>related 494</comment>
        <extracomment>How 494 differs</extracomment>
        <translation>Un 494 es la respuesta específica cuando lo que falta es la negociación de seguridad sec-agree.</translation>
    </message>
    <message>
        <source>A 422 is sent when session timers are in use but the proposed interval is too short.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation>Un 422 se envía cuando se usan temporizadores de sesión pero el intervalo propuesto es demasiado corto.</translation>
    </message>
</context>
<context>
    <name>sip:422</name>
    <message>
        <source>Session Interval Too Small</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Intervalo de sesión demasiado pequeño</translation>
    </message>
    <message>
        <source>Session-Expires is below this element&apos;s minimum; the Min-SE header gives the smallest value accepted.</source>
        <comment>summary</comment>
        <translation>Session-Expires está por debajo del mínimo de este elemento; la cabecera Min-SE indica el valor más pequeño aceptado.</translation>
    </message>
    <message>
        <source>Under RFC 4028 session timers, the request proposed a Session-Expires interval shorter than the recipient is willing to handle. The response carries Min-SE with the minimum that element accepts, and RFC 4028 never allows anything below 90 seconds. It applies to the initial INVITE and to session refreshes sent as re-INVITE or UPDATE.</source>
        <comment>description</comment>
        <translation>Con los temporizadores de sesión de RFC 4028, la solicitud propuso un intervalo Session-Expires más corto de lo que el destinatario está dispuesto a gestionar. La respuesta lleva Min-SE con el mínimo que acepta ese elemento, y RFC 4028 nunca permite nada por debajo de 90 segundos. Se aplica al INVITE inicial y a los refrescos de sesión enviados como re-INVITE o UPDATE.</translation>
    </message>
    <message>
        <source>A phone or PBX sends Session-Expires: 60 or some other value under 90 seconds. An SBC or carrier with Min-SE set to 1800 receives an INVITE proposing 600 or 900 seconds. Proxies on the path can also return it, so the Min-SE may belong to a middle hop and not to the called party.</source>
        <comment>seenWhen</comment>
        <translation>Un teléfono o PBX envía Session-Expires: 60 u otro valor inferior a 90 segundos. Un SBC u operador con Min-SE configurado a 1800 recibe un INVITE que propone 600 o 900 segundos. Los proxies de la ruta también pueden devolverla, así que el Min-SE puede pertenecer a un salto intermedio y no a la parte llamada.</translation>
    </message>
    <message>
        <source>A UAS, proxy or SBC that supports session timers and has a minimum session interval larger than the one proposed.</source>
        <comment>sentBy</comment>
        <translation>Un UAS, proxy o SBC que admite temporizadores de sesión y tiene un intervalo mínimo de sesión mayor que el propuesto.</translation>
    </message>
    <message>
        <source>Retry immediately with Session-Expires raised to at least the Min-SE value, also adding a Min-SE header. If a 422 arrives for a refresh of an established call, the old session keeps running while the refresh is redone.</source>
        <comment>retryNote</comment>
        <translation>Reintente de inmediato con Session-Expires elevado al menos al valor de Min-SE, añadiendo también una cabecera Min-SE. Si llega un 422 para un refresco de una llamada establecida, la sesión anterior sigue activa mientras se repite el refresco.</translation>
    </message>
    <message>
        <source>Read Min-SE in the 422 and check which hop sent it from the top Via and Server headers.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea Min-SE en el 422 y compruebe qué salto lo envió a partir del Via superior y de las cabeceras Server.</translation>
    </message>
    <message>
        <source>Confirm the client retried automatically with a Session-Expires at least as large as Min-SE and carried a Min-SE header; most stacks do this.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Confirme que el cliente reintentó automáticamente con un Session-Expires al menos igual a Min-SE y con una cabecera Min-SE; la mayoría de las pilas lo hacen.</translation>
    </message>
    <message>
        <source>Raise the session timer interval on the originating device, PBX or SBC so it meets the peer&apos;s minimum.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Aumente el intervalo del temporizador de sesión en el dispositivo, PBX o SBC de origen para que cumpla el mínimo del par.</translation>
    </message>
    <message>
        <source>Agree a common session refresh interval across the trunk to avoid a 422 round-trip on every call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Acuerde un intervalo común de refresco de sesión en toda la troncal para evitar un intercambio de 422 en cada llamada.</translation>
    </message>
    <message>
        <source>The smallest session interval the rejecting element accepts; the retry must be at least this.</source>
        <comment>header Min-SE</comment>
        <extracomment>Why to inspect the Min-SE header</extracomment>
        <translation>El intervalo de sesión más pequeño que acepta el elemento que rechaza; el reintento debe ser al menos este.</translation>
    </message>
    <message>
        <source>The interval that was proposed and refused.</source>
        <comment>header Session-Expires</comment>
        <extracomment>Why to inspect the Session-Expires header</extracomment>
        <translation>El intervalo que se propuso y se rechazó.</translation>
    </message>
    <message>
        <source>Should contain timer on the retry so the peers can negotiate a refresher.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Debe contener timer en el reintento para que los pares puedan negociar quién hace el refresco (refresher).</translation>
    </message>
    <message>
        <source>A 423 does the same job for REGISTER and SUBSCRIBE Expires values, using Min-Expires.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation>Un 423 cumple la misma función para los valores Expires de REGISTER y SUBSCRIBE, usando Min-Expires.</translation>
    </message>
    <message>
        <source>A 421 with Require: timer means session timers are mandatory but were not offered at all.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Un 421 con Require: timer significa que los temporizadores de sesión son obligatorios pero no se ofrecieron en absoluto.</translation>
    </message>
    <message>
        <source>A 420 appears if timer was required but the peer does not implement session timers.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Aparece un 420 si se exigió timer pero el par no implementa temporizadores de sesión.</translation>
    </message>
</context>
<context>
    <name>sip:423</name>
    <message>
        <source>Interval Too Brief</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Intervalo demasiado breve</translation>
    </message>
    <message>
        <source>The requested Expires is shorter than the server allows; the Min-Expires header gives the minimum.</source>
        <comment>summary</comment>
        <translation>El Expires solicitado es más corto de lo que permite el servidor; la cabecera Min-Expires indica el mínimo.</translation>
    </message>
    <message>
        <source>The server refuses to create or refresh a registration (or another soft-state resource) because the expiration interval asked for is too short for its policy. RFC 3261 defines it for REGISTER, and the event notification and PUBLISH specifications reuse it for SUBSCRIBE and PUBLISH. The response carries Min-Expires with the shortest interval the server will grant.</source>
        <comment>description</comment>
        <translation>El servidor se niega a crear o refrescar un registro (u otro recurso de estado blando) porque el intervalo de caducidad solicitado es demasiado corto para su política. RFC 3261 la define para REGISTER, y las especificaciones de notificación de eventos y de PUBLISH la reutilizan para SUBSCRIBE y PUBLISH. La respuesta lleva Min-Expires con el intervalo más corto que concederá el servidor.</translation>
    </message>
    <message>
        <source>A phone behind NAT is set to re-register every 30 or 60 seconds to keep the pinhole open, and the registrar requires 120, 300 or 3600. BLF or presence SUBSCRIBEs with a very short Expires are refused by the PBX. Provisioning templates with a registration period in the wrong unit (seconds vs minutes) also produce it.</source>
        <comment>seenWhen</comment>
        <translation>Un teléfono detrás de NAT está configurado para volver a registrarse cada 30 o 60 segundos para mantener abierto el pinhole, y el registrador exige 120, 300 o 3600. La PBX rechaza los SUBSCRIBE de BLF o presencia con un Expires muy corto. Las plantillas de aprovisionamiento con el periodo de registro en la unidad equivocada (segundos frente a minutos) también la provocan.</translation>
    </message>
    <message>
        <source>Registrars, and notifiers or presence servers that enforce a minimum subscription or publication lifetime to limit refresh load.</source>
        <comment>sentBy</comment>
        <translation>Registradores, y notificadores o servidores de presencia que imponen una duración mínima de suscripción o publicación para limitar la carga de refrescos.</translation>
    </message>
    <message>
        <source>Retry straight away with an expiry of at least Min-Expires. Retrying with the same short value will loop on 423 and the device will stay unregistered.</source>
        <comment>retryNote</comment>
        <translation>Reintente inmediatamente con una caducidad de al menos Min-Expires. Reintentar con el mismo valor corto provocará un bucle de 423 y el dispositivo seguirá sin registrarse.</translation>
    </message>
    <message>
        <source>Read Min-Expires in the 423 and set the device&apos;s registration or subscription interval to at least that value.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea Min-Expires en el 423 y configure el intervalo de registro o suscripción del dispositivo en al menos ese valor.</translation>
    </message>
    <message>
        <source>Check the Expires header and any expires parameter on the Contact, since the Contact parameter wins when both are present.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe la cabecera Expires y cualquier parámetro expires en el Contact, ya que el parámetro de Contact prevalece cuando ambos están presentes.</translation>
    </message>
    <message>
        <source>Keep NAT bindings open with CRLF or OPTIONS keepalives or SIP outbound instead of very short re-registrations.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Mantenga abiertos los bindings NAT con keepalives CRLF u OPTIONS o con SIP outbound, en lugar de con re-registros muy cortos.</translation>
    </message>
    <message>
        <source>Confirm the client&apos;s automatic retry uses the new value instead of looping on the old one.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Confirme que el reintento automático del cliente usa el nuevo valor en lugar de quedar en bucle con el anterior.</translation>
    </message>
    <message>
        <source>The shortest expiry the server will accept; use it in the retry.</source>
        <comment>header Min-Expires</comment>
        <extracomment>Why to inspect the Min-Expires header</extracomment>
        <translation>La caducidad más corta que aceptará el servidor; úsela en el reintento.</translation>
    </message>
    <message>
        <source>The interval that was requested.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>El intervalo que se solicitó.</translation>
    </message>
    <message>
        <source>An expires parameter here overrides the Expires header for that binding.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Un parámetro expires aquí prevalece sobre la cabecera Expires para ese binding.</translation>
    </message>
    <message>
        <source>A 422 is the session timer equivalent, with Min-SE instead of Min-Expires.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation>Un 422 es el equivalente para temporizadores de sesión, con Min-SE en lugar de Min-Expires.</translation>
    </message>
    <message>
        <source>A 489 rejects a SUBSCRIBE for its event package, not for its duration.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>Un 489 rechaza un SUBSCRIBE por su paquete de eventos, no por su duración.</translation>
    </message>
</context>
<context>
    <name>sip:424</name>
    <message>
        <source>Bad Location Information</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Información de ubicación incorrecta</translation>
    </message>
    <message>
        <source>Location conveyed with the request (Geolocation, PIDF-LO) was malformed, missing or unusable.</source>
        <comment>summary</comment>
        <translation>La ubicación transmitida con la solicitud (Geolocation, PIDF-LO) estaba mal formada, ausente o no era utilizable.</translation>
    </message>
    <message>
        <source>The recipient needed the location information attached to the request, by value in a PIDF-LO body or by reference through a URI in the Geolocation header, and could not use it. The location might be syntactically wrong, impossible to dereference, or not good enough for the recipient&apos;s purpose, such as routing an emergency call. A Geolocation-Error header in the response carries a code and text that narrow down the problem.</source>
        <comment>description</comment>
        <translation>El destinatario necesitaba la información de ubicación adjunta a la solicitud, por valor en un cuerpo PIDF-LO o por referencia mediante una URI en la cabecera Geolocation, y no pudo utilizarla. La ubicación puede ser sintácticamente incorrecta, imposible de desreferenciar o no lo bastante buena para el fin del destinatario, como el enrutamiento de una llamada de emergencia. Una cabecera Geolocation-Error en la respuesta lleva un código y un texto que acotan el problema.</translation>
    </message>
    <message>
        <source>Emergency calls in NG911 or NG112 networks where the ESRP or PSAP cannot parse the PIDF-LO the originating network inserted. A Geolocation header points at a cid: URI that does not match any Content-ID in the multipart body. A location-by-reference URI (HELD or SIP presence) cannot be fetched by the receiving element.</source>
        <comment>seenWhen</comment>
        <translation>Llamadas de emergencia en redes NG911 o NG112 donde el ESRP o el PSAP no puede analizar el PIDF-LO insertado por la red de origen. Una cabecera Geolocation apunta a una URI cid: que no coincide con ningún Content-ID del cuerpo multipart. Una URI de ubicación por referencia (HELD o presencia SIP) no puede ser obtenida por el elemento receptor.</translation>
    </message>
    <message>
        <source>PSAPs, emergency routing proxies and other location-based routing elements that must consume the location to handle the request.</source>
        <comment>sentBy</comment>
        <translation>PSAP, proxies de enrutamiento de emergencias y otros elementos de enrutamiento basado en ubicación que deben usar la ubicación para tratar la solicitud.</translation>
    </message>
    <message>
        <source>Retry only after correcting or replacing the location information. For emergency calls, networks usually fall back to default routing instead of letting the call fail.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo después de corregir o sustituir la información de ubicación. En las llamadas de emergencia, las redes suelen recurrir al enrutamiento por defecto en lugar de dejar que la llamada falle.</translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for its code and text to see whether parsing, dereferencing or permission failed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea el código y el texto de la cabecera Geolocation-Error para ver si falló el análisis, la desreferenciación o el permiso.</translation>
    </message>
    <message>
        <source>Validate the PIDF-LO body against the schema and check Content-Type and multipart boundaries.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Valide el cuerpo PIDF-LO contra el esquema y compruebe el Content-Type y los delimitadores multipart.</translation>
    </message>
    <message>
        <source>Make sure each cid: URI in Geolocation matches a Content-ID header in the body exactly.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Asegúrese de que cada URI cid: de Geolocation coincide exactamente con una cabecera Content-ID del cuerpo.</translation>
    </message>
    <message>
        <source>For location by reference, verify the URI is reachable and authorised from the receiving network.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Para la ubicación por referencia, verifique que la URI es alcanzable y está autorizada desde la red receptora.</translation>
    </message>
    <message>
        <source>Carries a numeric code and description explaining what was wrong with the location.</source>
        <comment>header Geolocation-Error</comment>
        <extracomment>Why to inspect the Geolocation-Error header</extracomment>
        <translation>Lleva un código numérico y una descripción que explican qué fallaba en la ubicación.</translation>
    </message>
    <message>
        <source>Holds the cid: or remote URI pointing at the location; check it resolves.</source>
        <comment>header Geolocation</comment>
        <extracomment>Why to inspect the Geolocation header</extracomment>
        <translation>Contiene la URI cid: o remota que apunta a la ubicación; compruebe que se resuelve.</translation>
    </message>
    <message>
        <source>Says whether intermediaries may route on the location.</source>
        <comment>header Geolocation-Routing</comment>
        <extracomment>Why to inspect the Geolocation-Routing header</extracomment>
        <translation>Indica si los intermediarios pueden enrutar en función de la ubicación.</translation>
    </message>
    <message>
        <source>A 400 is a general syntax failure; 424 is specific to the conveyed location.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Un 400 es un fallo de sintaxis general; 424 es específico de la ubicación transmitida.</translation>
    </message>
    <message>
        <source>A 425 is the sibling for a bad CAP alert payload in non-interactive emergency calls.</source>
        <comment>related 425</comment>
        <extracomment>How 425 differs</extracomment>
        <translation>Un 425 es el equivalente para una carga de alerta CAP incorrecta en llamadas de emergencia no interactivas.</translation>
    </message>
    <message>
        <source>A 415 applies if the location body uses a content type the recipient does not accept at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Se aplica un 415 si el cuerpo de ubicación usa un tipo de contenido que el destinatario no acepta en absoluto.</translation>
    </message>
</context>
<context>
    <name>sip:425</name>
    <message>
        <source>Bad Alert Message</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mensaje de alerta incorrecto</translation>
    </message>
    <message>
        <source>A non-interactive emergency alert (CAP payload in a SIP MESSAGE) was missing or unusable.</source>
        <comment>summary</comment>
        <translation>Una alerta de emergencia no interactiva (carga CAP en un SIP MESSAGE) estaba ausente o no era utilizable.</translation>
    </message>
    <message>
        <source>RFC 8876 lets devices send emergency alerts with no voice or video, as a SIP MESSAGE carrying a Common Alerting Protocol document. A 425 says the PSAP or emergency network could not make sense of the alert payload well enough to act on it. An AlertMsg-Error header carries a code: 100 for a payload that cannot be processed, 101 when it is absent or cannot be found, 102 when it does not say enough about the emergency, and 103 when it is corrupted.</source>
        <comment>description</comment>
        <translation>RFC 8876 permite a los dispositivos enviar alertas de emergencia sin voz ni vídeo, como un SIP MESSAGE que lleva un documento Common Alerting Protocol. Un 425 indica que el PSAP o la red de emergencias no pudo interpretar la carga de la alerta lo suficiente como para actuar. Una cabecera AlertMsg-Error lleva un código: 100 para una carga que no puede procesarse, 101 cuando está ausente o no se encuentra, 102 cuando no dice lo suficiente sobre la emergencia y 103 cuando está corrupta.</translation>
    </message>
    <message>
        <source>Sensors, alarm panels and vehicle systems sending data-only alerts to an ESRP or PSAP. It appears when the CAP XML is malformed, the body part referenced by the request is missing, or required CAP elements are empty. It is also seen during interoperability testing of new alerting devices against NG emergency cores.</source>
        <comment>seenWhen</comment>
        <translation>Sensores, paneles de alarma y sistemas de vehículos que envían alertas solo de datos a un ESRP o PSAP. Aparece cuando el XML CAP está mal formado, falta la parte del cuerpo referenciada por la solicitud o hay elementos CAP obligatorios vacíos. También se ve durante las pruebas de interoperabilidad de nuevos dispositivos de alerta con núcleos de emergencia NG.</translation>
    </message>
    <message>
        <source>PSAPs and emergency services routing proxies that receive non-interactive emergency calls and cannot use the attached alert.</source>
        <comment>sentBy</comment>
        <translation>PSAP y proxies de enrutamiento de servicios de emergencia que reciben llamadas de emergencia no interactivas y no pueden usar la alerta adjunta.</translation>
    </message>
    <message>
        <source>Resend only after fixing the CAP payload. Sending the same alert again will be rejected the same way.</source>
        <comment>retryNote</comment>
        <translation>Reenvíe solo después de corregir la carga CAP. Enviar de nuevo la misma alerta será rechazado de la misma manera.</translation>
    </message>
    <message>
        <source>Read the code in the AlertMsg-Error header to see which of the four failure cases applies.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea el código de la cabecera AlertMsg-Error para ver cuál de los cuatro casos de fallo se aplica.</translation>
    </message>
    <message>
        <source>Validate the CAP document against the schema and check its Content-Type is application/common-alerting-protocol+xml.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Valide el documento CAP contra el esquema y compruebe que su Content-Type es application/common-alerting-protocol+xml.</translation>
    </message>
    <message>
        <source>Check that every body part referenced by a cid: URI is actually present in the MESSAGE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe que cada parte del cuerpo referenciada por una URI cid: está realmente presente en el MESSAGE.</translation>
    </message>
    <message>
        <source>Make sure the alert fills in the elements that describe the event, such as category, urgency and location.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Asegúrese de que la alerta rellena los elementos que describen el evento, como la categoría, la urgencia y la ubicación.</translation>
    </message>
    <message>
        <source>Carries the numeric code (100 to 103) and text telling what was wrong with the alert.</source>
        <comment>header AlertMsg-Error</comment>
        <extracomment>Why to inspect the AlertMsg-Error header</extracomment>
        <translation>Lleva el código numérico (de 100 a 103) y un texto que indican qué fallaba en la alerta.</translation>
    </message>
    <message>
        <source>Should show the CAP media type, usually inside a multipart body.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Debe mostrar el tipo de medio CAP, normalmente dentro de un cuerpo multipart.</translation>
    </message>
    <message>
        <source>A 424 is the response when the problem lies in the conveyed location rather than the alert itself.</source>
        <comment>related 424</comment>
        <extracomment>How 424 differs</extracomment>
        <translation>Un 424 es la respuesta cuando el problema está en la ubicación transmitida y no en la alerta en sí.</translation>
    </message>
    <message>
        <source>A 415 is used when the body&apos;s media type is not accepted at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Un 415 se usa cuando el tipo de medio del cuerpo no se acepta en absoluto.</translation>
    </message>
    <message>
        <source>A 400 covers a SIP request that is malformed independent of its alert content.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Un 400 cubre una solicitud SIP mal formada con independencia del contenido de su alerta.</translation>
    </message>
</context>
<context>
    <name>sip:428</name>
    <message>
        <source>Use Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Use la cabecera Identity</translation>
    </message>
    <message>
        <source>The verifier&apos;s policy requires a signed Identity header (STIR/SHAKEN) and the request had none.</source>
        <comment>summary</comment>
        <translation>La política del verificador exige una cabecera Identity firmada (STIR/SHAKEN) y la solicitud no tenía ninguna.</translation>
    </message>
    <message>
        <source>A STIR verification service received a request without any Identity header, and its policy does not accept unsigned requests. It is a prompt for the originating side to send the request again through an authentication service that signs it. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation>Un servicio de verificación STIR recibió una solicitud sin ninguna cabecera Identity, y su política no acepta solicitudes sin firmar. Es una invitación al lado de origen para que vuelva a enviar la solicitud a través de un servicio de autenticación que la firme. El código se definió por primera vez en RFC 4474 y lo mantuvo RFC 8224, que deja obsoleto a aquel.</translation>
    </message>
    <message>
        <source>A terminating carrier or enterprise SBC configured to require STIR/SHAKEN receives a call from an interconnect that does not sign. The Identity header was added upstream but dropped by a B2BUA or SBC that does not pass unknown headers. Large Identity headers sent over UDP can also be lost when the INVITE is fragmented and a fragment is dropped.</source>
        <comment>seenWhen</comment>
        <translation>Un operador de terminación o un SBC empresarial configurado para exigir STIR/SHAKEN recibe una llamada de una interconexión que no firma. La cabecera Identity se añadió aguas arriba, pero la eliminó un B2BUA o SBC que no deja pasar cabeceras desconocidas. Las cabeceras Identity grandes enviadas sobre UDP también pueden perderse cuando el INVITE se fragmenta y se descarta un fragmento.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, typically built into the terminating carrier&apos;s SBC or a proxy in front of the called user.</source>
        <comment>sentBy</comment>
        <translation>Un servicio de verificación STIR/SHAKEN, normalmente integrado en el SBC del operador de terminación o en un proxy situado delante del usuario llamado.</translation>
    </message>
    <message>
        <source>The request can be retried once it carries a valid Identity header. A routing engine without a signing path may try another route, but the same verifier will keep refusing unsigned calls.</source>
        <comment>retryNote</comment>
        <translation>La solicitud puede reintentarse una vez que lleve una cabecera Identity válida. Un motor de enrutamiento sin una ruta de firma puede probar otra ruta, pero el mismo verificador seguirá rechazando las llamadas sin firmar.</translation>
    </message>
    <message>
        <source>Confirm whether the originating provider signs the call at all, by checking the INVITE leaving their network for an Identity header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Confirme si el proveedor de origen firma la llamada, comprobando si el INVITE que sale de su red lleva una cabecera Identity.</translation>
    </message>
    <message>
        <source>Trace the INVITE hop by hop and find the SBC or B2BUA that removes the Identity header, then allow it to pass.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Siga el INVITE salto a salto, localice el SBC o B2BUA que elimina la cabecera Identity y permita que pase.</translation>
    </message>
    <message>
        <source>Move the trunk to TCP or TLS if large INVITEs are being fragmented over UDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Pase la troncal a TCP o TLS si los INVITE grandes se están fragmentando sobre UDP.</translation>
    </message>
    <message>
        <source>If signing is not possible on that route, agree with the terminating side to relax its policy or route the call elsewhere.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si la firma no es posible en esa ruta, acuerde con el lado de terminación que relaje su política o enrute la llamada por otro camino.</translation>
    </message>
    <message>
        <source>Absent in the rejected request; it must be present in the retry.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Ausente en la solicitud rechazada; debe estar presente en el reintento.</translation>
    </message>
    <message>
        <source>A 436 means an Identity header was present but its certificate URL could not be fetched.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>Un 436 significa que había una cabecera Identity pero no se pudo obtener la URL de su certificado.</translation>
    </message>
    <message>
        <source>A 438 means the Identity header was present but failed signature or claim checks.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>Un 438 significa que la cabecera Identity estaba presente pero no superó las comprobaciones de firma o de claims.</translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>Un 437 significa que el certificado se obtuvo pero no se acepta o no es de confianza.</translation>
    </message>
</context>
<context>
    <name>sip:429</name>
    <message>
        <source>Provide Referrer Identity</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Proporcione la identidad del referente</translation>
    </message>
    <message>
        <source>The refer target wants a valid Referred-By token proving who asked for the transfer.</source>
        <comment>summary</comment>
        <translation>El destino del REFER quiere un token Referred-By válido que demuestre quién pidió la transferencia.</translation>
    </message>
    <message>
        <source>RFC 3892 lets the recipient of a request triggered by REFER see who originated the referral through the Referred-By header and an optional signed token. A 429 means the refer target would only accept the request if it carried a valid Referred-By token, and none was present or usable. The referee normally reports the 429 back to the referrer in a NOTIFY sipfrag body, so that the referrer can send a new REFER with a token.</source>
        <comment>description</comment>
        <translation>RFC 3892 permite al destinatario de una solicitud desencadenada por un REFER ver quién originó la remisión mediante la cabecera Referred-By y un token firmado opcional. Un 429 significa que el destino del REFER solo aceptaría la solicitud si llevara un token Referred-By válido, y no había ninguno o no era utilizable. El referido normalmente informa del 429 al referente en un cuerpo sipfrag de un NOTIFY, para que el referente pueda enviar un nuevo REFER con un token.</translation>
    </message>
    <message>
        <source>Call transfers in security-conscious deployments where the transfer target requires authenticated referrals. It usually surfaces as a message/sipfrag body containing SIP/2.0 429 inside a NOTIFY for the refer subscription. Outside such environments it is rarely seen.</source>
        <comment>seenWhen</comment>
        <translation>Transferencias de llamada en despliegues con altos requisitos de seguridad, donde el destino de la transferencia exige remisiones autenticadas. Suele aparecer como un cuerpo message/sipfrag que contiene SIP/2.0 429 dentro de un NOTIFY de la suscripción del REFER. Fuera de esos entornos rara vez se ve.</translation>
    </message>
    <message>
        <source>The transfer target, a UAS whose policy insists on an authenticated Referred-By before it acts on a referred request.</source>
        <comment>sentBy</comment>
        <translation>El destino de la transferencia, un UAS cuya política exige un Referred-By autenticado antes de actuar sobre una solicitud remitida.</translation>
    </message>
    <message>
        <source>The referee cannot fix this alone. It should report the 429 to the referrer, which may issue a fresh REFER that includes a Referred-By token.</source>
        <comment>retryNote</comment>
        <translation>El referido no puede resolverlo por sí solo. Debe informar del 429 al referente, que puede emitir un nuevo REFER que incluya un token Referred-By.</translation>
    </message>
    <message>
        <source>Look at the NOTIFY bodies for the REFER to confirm the 429 came from the transfer target.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine los cuerpos de los NOTIFY del REFER para confirmar que el 429 procede del destino de la transferencia.</translation>
    </message>
    <message>
        <source>Check whether the referrer can produce a signed Referred-By token (an S/MIME message/sipfrag body) and enable it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe si el referente puede generar un token Referred-By firmado (un cuerpo message/sipfrag S/MIME) y habilítelo.</translation>
    </message>
    <message>
        <source>If the token is not feasible, review the target&apos;s policy on unauthenticated referrals.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el token no es viable, revise la política del destino respecto a las remisiones no autenticadas.</translation>
    </message>
    <message>
        <source>Shows who claims to have triggered the request and whether a token was referenced.</source>
        <comment>header Referred-By</comment>
        <extracomment>Why to inspect the Referred-By header</extracomment>
        <translation>Muestra quién afirma haber desencadenado la solicitud y si se referenció un token.</translation>
    </message>
    <message>
        <source>A 403 is a plain refusal; 429 says the request would be acceptable with proof of the referrer.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Un 403 es un rechazo simple; 429 indica que la solicitud sería aceptable con una prueba del referente.</translation>
    </message>
    <message>
        <source>A 603 is a final decline by the user rather than a missing credential.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es un rechazo definitivo del usuario, no una credencial ausente.</translation>
    </message>
</context>
<context>
    <name>sip:430</name>
    <message>
        <source>Flow Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Falló el flujo</translation>
    </message>
    <message>
        <source>SIP outbound: the edge proxy could not use the connection (flow) chosen for this registration.</source>
        <comment>summary</comment>
        <translation>SIP outbound: el proxy de borde no pudo usar la conexión (flujo) elegida para este registro.</translation>
    </message>
    <message>
        <source>With RFC 5626 outbound, a UA keeps one or more persistent flows (TCP, TLS or WebSocket connections, or UDP with keepalives) to edge proxies, and the registrar records which flow each binding uses. A 430 tells the authoritative proxy that the flow named in the routing information is gone, so this binding cannot be reached over it. It is meant for the proxy chain only and should not be passed back to the caller.</source>
        <comment>description</comment>
        <translation>Con outbound de RFC 5626, un UA mantiene uno o varios flujos persistentes (conexiones TCP, TLS o WebSocket, o UDP con keepalives) hacia proxies de borde, y el registrador anota qué flujo usa cada binding. Un 430 indica al proxy autoritativo que el flujo nombrado en la información de enrutamiento ya no existe, por lo que este binding no puede alcanzarse a través de él. Está pensada solo para la cadena de proxies y no debe devolverse al llamante.</translation>
    </message>
    <message>
        <source>A phone or WebRTC client&apos;s TLS or WebSocket connection to the edge proxy has dropped (NAT timeout, Wi-Fi to LTE handover, client suspended) while its registration binding is still valid. Kamailio and OpenSIPS setups using the outbound and path modules produce it when a flow token no longer maps to a live connection. Callers then often see 480 from the authoritative proxy.</source>
        <comment>seenWhen</comment>
        <translation>La conexión TLS o WebSocket de un teléfono o cliente WebRTC con el proxy de borde se ha caído (vencimiento de NAT, traspaso de Wi-Fi a LTE, cliente suspendido) mientras su binding de registro sigue siendo válido. Las configuraciones de Kamailio y OpenSIPS que usan los módulos outbound y path la generan cuando un token de flujo ya no corresponde a una conexión activa. Los llamantes suelen ver entonces un 480 del proxy autoritativo.</translation>
    </message>
    <message>
        <source>An edge proxy that supports SIP outbound, replying to the authoritative proxy when the flow referenced in the route has failed.</source>
        <comment>sentBy</comment>
        <translation>Un proxy de borde que admite SIP outbound, respondiendo al proxy autoritativo cuando el flujo referenciado en la ruta ha fallado.</translation>
    </message>
    <message>
        <source>The authoritative proxy should immediately try another flow or binding for the same instance and may drop the failed binding. A 430 should never reach the calling UA; if no other flow works, answer the caller with 480.</source>
        <comment>retryNote</comment>
        <translation>El proxy autoritativo debe probar inmediatamente otro flujo o binding para la misma instancia y puede eliminar el binding fallido. Un 430 nunca debe llegar al UA llamante; si ningún otro flujo funciona, responda al llamante con 480.</translation>
    </message>
    <message>
        <source>On the authoritative proxy, treat the binding as unusable and try the next flow or registration for the same instance.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>En el proxy autoritativo, trate el binding como inutilizable y pruebe el siguiente flujo o registro para la misma instancia.</translation>
    </message>
    <message>
        <source>Check the UA keepalive settings (CRLF or STUN keepalives, Flow-Timer) and the NAT or firewall idle timeouts on the path.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe la configuración de keepalive del UA (keepalives CRLF o STUN, Flow-Timer) y los tiempos de inactividad de NAT o firewall en la ruta.</translation>
    </message>
    <message>
        <source>Make sure the UA re-registers quickly after losing a connection so a fresh flow replaces the dead one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Asegúrese de que el UA se vuelve a registrar rápidamente tras perder una conexión, para que un flujo nuevo sustituya al caído.</translation>
    </message>
    <message>
        <source>Confirm the edge proxy and registrar agree on flow tokens, especially after an edge proxy restart or failover.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Confirme que el proxy de borde y el registrador coinciden en los tokens de flujo, sobre todo tras un reinicio o una conmutación del proxy de borde.</translation>
    </message>
    <message>
        <source>Recorded at registration; it carries the flow token and the ob parameter identifying the edge proxy.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation>Se anota en el registro; lleva el token de flujo y el parámetro ob que identifica al proxy de borde.</translation>
    </message>
    <message>
        <source>The binding&apos;s +sip.instance and reg-id show which instance and flow failed.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Los valores +sip.instance y reg-id del binding muestran qué instancia y qué flujo fallaron.</translation>
    </message>
    <message>
        <source>Tells the UA how often to send keepalives; too long a value lets NAT bindings expire.</source>
        <comment>header Flow-Timer</comment>
        <extracomment>Why to inspect the Flow-Timer header</extracomment>
        <translation>Indica al UA con qué frecuencia enviar keepalives; un valor demasiado largo deja que caduquen los bindings NAT.</translation>
    </message>
    <message>
        <source>A 480 is what the caller should see when no flow to the user works.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Un 480 es lo que debería ver el llamante cuando no funciona ningún flujo hacia el usuario.</translation>
    </message>
    <message>
        <source>A 439 is the registration-time outbound failure, when the edge proxy lacks outbound support.</source>
        <comment>related 439</comment>
        <extracomment>How 439 differs</extracomment>
        <translation>Un 439 es el fallo de outbound en el momento del registro, cuando el proxy de borde carece de soporte de outbound.</translation>
    </message>
    <message>
        <source>A 408 is what a proxy reports when a branch simply times out instead of failing fast.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Un 408 es lo que informa un proxy cuando una rama simplemente agota el tiempo de espera en lugar de fallar rápidamente.</translation>
    </message>
</context>
<context>
    <name>sip:433</name>
    <message>
        <source>Anonymity Disallowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Anonimato no permitido</translation>
    </message>
    <message>
        <source>The request was anonymous and the callee&apos;s or the network&apos;s policy rejects anonymous requests.</source>
        <comment>summary</comment>
        <translation>La solicitud era anónima y la política del llamado o de la red rechaza las solicitudes anónimas.</translation>
    </message>
    <message>
        <source>The recipient refuses the request because the sender hid its identity, for example with Privacy: id, an anonymous From, or no asserted identity at all. It gives a clear, standard way to express anonymous call rejection instead of a generic 403 or 603. The caller can succeed by revealing its identity and trying again.</source>
        <comment>description</comment>
        <translation>El destinatario rechaza la solicitud porque el remitente ocultó su identidad, por ejemplo con Privacy: id, un From anónimo o sin ninguna identidad asegurada. Ofrece una forma clara y normalizada de expresar el rechazo de llamadas anónimas en lugar de un 403 o 603 genérico. El llamante puede tener éxito revelando su identidad y volviendo a intentarlo.</translation>
    </message>
    <message>
        <source>A caller with caller ID withheld (CLIR) dials a subscriber who has anonymous call rejection enabled. An enterprise SBC or PBX rejects calls whose From is sip:anonymous@anonymous.invalid. A trunk or upstream proxy adds Privacy: id or strips P-Asserted-Identity, so calls look anonymous even though the caller did not withhold the number.</source>
        <comment>seenWhen</comment>
        <translation>Un llamante con el identificador oculto (CLIR) marca a un abonado que tiene activado el rechazo de llamadas anónimas. Un SBC o PBX empresarial rechaza las llamadas cuyo From es sip:anonymous@anonymous.invalid. Una troncal o un proxy aguas arriba añade Privacy: id o elimina P-Asserted-Identity, de modo que las llamadas parecen anónimas aunque el llamante no ocultara el número.</translation>
    </message>
    <message>
        <source>A called UA, or a proxy or application server implementing an anonymous call rejection service for the callee.</source>
        <comment>sentBy</comment>
        <translation>Un UA llamado, o un proxy o servidor de aplicaciones que implementa un servicio de rechazo de llamadas anónimas para el llamado.</translation>
    </message>
    <message>
        <source>The same anonymous request will always be rejected. Retry only with the caller&apos;s identity presented; routing elsewhere does not help because the policy belongs to the callee.</source>
        <comment>retryNote</comment>
        <translation>La misma solicitud anónima siempre será rechazada. Reintente solo presentando la identidad del llamante; enrutar por otro camino no sirve porque la política pertenece al llamado.</translation>
    </message>
    <message>
        <source>Check the From, Privacy and P-Asserted-Identity headers of the rejected INVITE to see why it was treated as anonymous.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise las cabeceras From, Privacy y P-Asserted-Identity del INVITE rechazado para ver por qué se trató como anónimo.</translation>
    </message>
    <message>
        <source>If the caller withheld the number, present caller ID and call again.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si el llamante ocultó el número, presente el identificador de llamante y vuelva a llamar.</translation>
    </message>
    <message>
        <source>If the caller did not withhold it, find the trunk, PBX or SBC that inserted Privacy: id or removed the asserted identity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el llamante no lo ocultó, localice la troncal, PBX o SBC que insertó Privacy: id o eliminó la identidad asegurada.</translation>
    </message>
    <message>
        <source>If anonymous calls should be allowed, disable anonymous call rejection for that callee or policy.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si deben permitirse las llamadas anónimas, desactive el rechazo de llamadas anónimas para ese llamado o esa política.</translation>
    </message>
    <message>
        <source>A value of id or user is a common reason for the request to be treated as anonymous.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation>Un valor id o user es un motivo habitual para que la solicitud se trate como anónima.</translation>
    </message>
    <message>
        <source>An anonymous display name or anonymous.invalid host marks the call as anonymous.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation>Un display name anónimo o un host anonymous.invalid marcan la llamada como anónima.</translation>
    </message>
    <message>
        <source>A missing asserted identity in a trusted network can also trigger the rejection.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>La ausencia de identidad asegurada en una red de confianza también puede provocar el rechazo.</translation>
    </message>
    <message>
        <source>A 403 is a generic policy refusal; 433 states that anonymity was the reason.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Un 403 es un rechazo genérico por política; 433 indica que el motivo fue el anonimato.</translation>
    </message>
    <message>
        <source>A 603 is a decline by the user without saying why.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es un rechazo del usuario sin indicar el motivo.</translation>
    </message>
</context>
<context>
    <name>sip:436</name>
    <message>
        <source>Bad Identity Info</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Información de Identity incorrecta</translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header could not be fetched or uses an unsupported scheme.</source>
        <comment>summary</comment>
        <translation>La URL del certificado en la cabecera Identity no pudo obtenerse o usa un esquema no soportado.</translation>
    </message>
    <message>
        <source>The request carried an Identity header, but the verifier could not retrieve the credential it points to through the info parameter (in SHAKEN, the certificate URL that also appears as x5u in the PASSporT). The URI may be unreachable, return an error, or use a scheme the verifier does not support. The name was registered as Bad Identity-Info with RFC 4474 and changed to Bad Identity Info with RFC 8224.</source>
        <comment>description</comment>
        <translation>La solicitud llevaba una cabecera Identity, pero el verificador no pudo obtener la credencial a la que apunta mediante el parámetro info (en SHAKEN, la URL del certificado que también aparece como x5u en el PASSporT). La URI puede ser inalcanzable, devolver un error o usar un esquema que el verificador no admite. El nombre se registró como Bad Identity-Info con RFC 4474 y cambió a Bad Identity Info con RFC 8224.</translation>
    </message>
    <message>
        <source>A terminating carrier&apos;s verification service cannot reach the signing provider&apos;s certificate repository because of DNS failure, a TLS error, an HTTP 404 or a firewall blocking outbound HTTPS. The signing side publishes the certificate on an internal host or uses an http: URL the verifier refuses. Verification timeouts under load can also produce it.</source>
        <comment>seenWhen</comment>
        <translation>El servicio de verificación de un operador de terminación no puede alcanzar el repositorio de certificados del proveedor firmante por un fallo de DNS, un error TLS, un HTTP 404 o un firewall que bloquea el HTTPS saliente. El lado firmante publica el certificado en un host interno o usa una URL http: que el verificador rechaza. Los vencimientos de temporizador de verificación bajo carga también pueden provocarla.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>Un servicio de verificación STIR/SHAKEN, normalmente dentro del SBC del operador de terminación o en un proxy situado delante del usuario llamado, cuando está configurado para rechazar las llamadas que no superan la verificación.</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>Repetir la misma solicitud firmada da el mismo resultado. La llamada solo puede tener éxito después de que el lado de origen corrija su firma o de que la ruta deje de alterar la solicitud; un enrutador puede probar una ruta que entregue la llamada con una firma válida.</translation>
    </message>
    <message>
        <source>Take the info URL from the Identity header and fetch it from the verifier&apos;s network, checking DNS, TLS and the HTTP status.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Tome la URL info de la cabecera Identity y descárguela desde la red del verificador, comprobando el DNS, el TLS y el código de estado HTTP.</translation>
    </message>
    <message>
        <source>Make sure the certificate repository is public, served over HTTPS and returns the certificate chain with the expected content type.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Asegúrese de que el repositorio de certificados es público, se sirve por HTTPS y devuelve la cadena de certificados con el tipo de contenido esperado.</translation>
    </message>
    <message>
        <source>Open outbound HTTPS from the verification service and check its fetch timeout and cache.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Abra el HTTPS saliente desde el servicio de verificación y revise su tiempo de espera de descarga y su caché.</translation>
    </message>
    <message>
        <source>Ask the signing provider to correct the URL if it points to an unreachable or internal host.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Pida al proveedor firmante que corrija la URL si apunta a un host inalcanzable o interno.</translation>
    </message>
    <message>
        <source>Its info parameter, and the x5u claim inside the PASSporT, name the certificate URL to test.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Su parámetro info, y el claim x5u dentro del PASSporT, indican la URL del certificado que hay que probar.</translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>Un 437 significa que el certificado se obtuvo pero no se acepta o no es de confianza.</translation>
    </message>
    <message>
        <source>A 438 means the signature or claims themselves failed verification.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>Un 438 significa que la propia firma o los claims no superaron la verificación.</translation>
    </message>
    <message>
        <source>A 428 means there was no Identity header to check at all.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation>Un 428 significa que no había ninguna cabecera Identity que comprobar.</translation>
    </message>
</context>
<context>
    <name>sip:437</name>
    <message>
        <source>Unsupported Credential</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Credencial no soportada</translation>
    </message>
    <message>
        <source>The verifier fetched the signing certificate but does not support or trust it.</source>
        <comment>summary</comment>
        <translation>El verificador obtuvo el certificado de firma, pero no lo admite o no confía en él.</translation>
    </message>
    <message>
        <source>The credential referenced by the Identity header was retrieved, but the verifier cannot use it: the certificate type or algorithm is not supported, or it does not chain to an authority the verifier trusts. RFC 4474 registered this code as Unsupported Certificate; RFC 8224 renamed it to cover credentials in general.</source>
        <comment>description</comment>
        <translation>La credencial referenciada por la cabecera Identity se obtuvo, pero el verificador no puede usarla: el tipo de certificado o el algoritmo no está soportado, o no encadena con una autoridad de confianza para el verificador. RFC 4474 registró este código como Unsupported Certificate; RFC 8224 lo renombró para abarcar las credenciales en general.</translation>
    </message>
    <message>
        <source>In STIR/SHAKEN, a certificate issued by a CA that is not on the verifier&apos;s list of approved STI-CAs is rejected this way. It also happens when a verifier&apos;s trust store is outdated after a new CA is approved, or when a test certificate is used on a production interconnect.</source>
        <comment>seenWhen</comment>
        <translation>En STIR/SHAKEN, se rechaza de esta forma un certificado emitido por una CA que no está en la lista de STI-CA aprobadas del verificador. También ocurre cuando el almacén de confianza de un verificador está desactualizado tras aprobarse una nueva CA, o cuando se usa un certificado de prueba en una interconexión de producción.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>Un servicio de verificación STIR/SHAKEN, normalmente dentro del SBC del operador de terminación o en un proxy situado delante del usuario llamado, cuando está configurado para rechazar las llamadas que no superan la verificación.</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>Repetir la misma solicitud firmada da el mismo resultado. La llamada solo puede tener éxito después de que el lado de origen corrija su firma o de que la ruta deje de alterar la solicitud; un enrutador puede probar una ruta que entregue la llamada con una firma válida.</translation>
    </message>
    <message>
        <source>Download the certificate from the info URL and check its issuer chain against the verifier&apos;s trust anchors.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Descargue el certificado de la URL info y compruebe su cadena de emisores frente a los anclajes de confianza del verificador.</translation>
    </message>
    <message>
        <source>Update the verifier&apos;s trust list of authorised certificate authorities if it is outdated.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Actualice la lista de confianza de autoridades de certificación autorizadas del verificador si está desactualizada.</translation>
    </message>
    <message>
        <source>Check the certificate&apos;s algorithm and extensions, for example ES256 keys and the TN authorization list extension used in SHAKEN.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe el algoritmo y las extensiones del certificado, por ejemplo las claves ES256 y la extensión TN authorization list usada en SHAKEN.</translation>
    </message>
    <message>
        <source>Ask the signing provider to use a certificate from an approved authority if the chain is genuinely untrusted.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Pida al proveedor firmante que use un certificado de una autoridad aprobada si la cadena realmente no es de confianza.</translation>
    </message>
    <message>
        <source>Points to the credential that was refused; use its info URL to fetch and inspect the certificate.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Apunta a la credencial rechazada; use su URL info para obtener e inspeccionar el certificado.</translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched at all.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>Un 436 significa que la credencial no pudo obtenerse en absoluto.</translation>
    </message>
    <message>
        <source>A 438 means the credential was fine but the signature or claims did not verify.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>Un 438 significa que la credencial era correcta, pero la firma o los claims no se verificaron.</translation>
    </message>
    <message>
        <source>A 428 means the request arrived without an Identity header.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation>Un 428 significa que la solicitud llegó sin cabecera Identity.</translation>
    </message>
</context>
<context>
    <name>sip:438</name>
    <message>
        <source>Invalid Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Cabecera Identity no válida</translation>
    </message>
    <message>
        <source>The Identity header&apos;s signature or its claims did not verify against the request.</source>
        <comment>summary</comment>
        <translation>La firma de la cabecera Identity o sus claims no se verificaron frente a la solicitud.</translation>
    </message>
    <message>
        <source>The verifier obtained a usable credential, but the Identity header failed validation: the signature is wrong, the header is malformed, or the signed claims (such as the originating and destination numbers) do not match the request as received. Stale signatures are handled separately with 403 and the reason phrase Stale Date. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation>El verificador obtuvo una credencial utilizable, pero la cabecera Identity no superó la validación: la firma es errónea, la cabecera está mal formada o los claims firmados (como los números de origen y destino) no coinciden con la solicitud tal como se recibió. Las firmas caducadas se tratan aparte con 403 y la frase de motivo Stale Date. El código se definió por primera vez en RFC 4474 y lo mantuvo RFC 8224, que deja obsoleto a aquel.</translation>
    </message>
    <message>
        <source>A B2BUA or SBC rewrites the From or To number after the call was signed, for example adding or stripping a + or a national prefix, so orig or dest in the PASSporT no longer matches. The header is truncated or altered by a device that folds or re-encodes long headers. The signer uses a private key that does not match the published certificate.</source>
        <comment>seenWhen</comment>
        <translation>Un B2BUA o SBC reescribe el número de From o de To después de firmarse la llamada, por ejemplo añadiendo o quitando un + o un prefijo nacional, de modo que orig o dest en el PASSporT ya no coinciden. La cabecera queda truncada o alterada por un dispositivo que pliega o recodifica las cabeceras largas. El firmante usa una clave privada que no corresponde al certificado publicado.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>Un servicio de verificación STIR/SHAKEN, normalmente dentro del SBC del operador de terminación o en un proxy situado delante del usuario llamado, cuando está configurado para rechazar las llamadas que no superan la verificación.</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>Repetir la misma solicitud firmada da el mismo resultado. La llamada solo puede tener éxito después de que el lado de origen corrija su firma o de que la ruta deje de alterar la solicitud; un enrutador puede probar una ruta que entregue la llamada con una firma válida.</translation>
    </message>
    <message>
        <source>Decode the PASSporT in the Identity header and compare its orig and dest numbers with From, P-Asserted-Identity and To in the received INVITE.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Decodifique el PASSporT de la cabecera Identity y compare sus números orig y dest con From, P-Asserted-Identity y To en el INVITE recibido.</translation>
    </message>
    <message>
        <source>Find any hop that manipulates numbers after signing and move the manipulation before the authentication service, or re-sign after it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Localice cualquier salto que manipule los números después de la firma y traslade la manipulación antes del servicio de autenticación, o vuelva a firmar después de ella.</translation>
    </message>
    <message>
        <source>Check that the Identity header arrives unmodified and complete, without line folding or truncation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe que la cabecera Identity llega completa y sin modificar, sin plegado de líneas ni truncamiento.</translation>
    </message>
    <message>
        <source>Confirm with the signing provider that the key used matches the certificate at the info URL.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Confirme con el proveedor firmante que la clave usada corresponde al certificado de la URL info.</translation>
    </message>
    <message>
        <source>Decode the PASSporT and check the signature, orig, dest and iat claims.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Decodifique el PASSporT y compruebe la firma y los claims orig, dest e iat.</translation>
    </message>
    <message>
        <source>Often the number compared against the orig claim; rewriting it breaks verification.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>A menudo es el número que se compara con el claim orig; reescribirlo rompe la verificación.</translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched, so verification never started.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>Un 436 significa que la credencial no pudo obtenerse, por lo que la verificación ni siquiera empezó.</translation>
    </message>
    <message>
        <source>A 437 means the credential was fetched but not trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>Un 437 significa que la credencial se obtuvo pero no es de confianza.</translation>
    </message>
    <message>
        <source>RFC 8224 uses 403 with reason Stale Date when the signature is too old, not 438.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>RFC 8224 usa 403 con el motivo Stale Date cuando la firma es demasiado antigua, no 438.</translation>
    </message>
</context>
<context>
    <name>sip:439</name>
    <message>
        <source>First Hop Lacks Outbound Support</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>El primer salto no admite outbound</translation>
    </message>
    <message>
        <source>The UA asked for SIP outbound, but the edge proxy in front of the registrar did not signal outbound support.</source>
        <comment>summary</comment>
        <translation>El UA solicitó SIP outbound, pero el proxy de borde situado delante del registrador no indicó soporte de outbound.</translation>
    </message>
    <message>
        <source>A UA using RFC 5626 outbound registers with a reg-id and +sip.instance in its Contact, expecting the first-hop edge proxy to maintain the flow. The registrar supports outbound but finds no sign that the first hop does, usually because the Path header is missing or lacks the ob parameter. It refuses the outbound registration so the UA can decide how to proceed.</source>
        <comment>description</comment>
        <translation>Un UA que usa outbound de RFC 5626 se registra con reg-id y +sip.instance en su Contact, esperando que el proxy de borde del primer salto mantenga el flujo. El registrador admite outbound pero no encuentra indicios de que el primer salto lo haga, normalmente porque falta la cabecera Path o esta no tiene el parámetro ob. Rechaza el registro outbound para que el UA pueda decidir cómo continuar.</translation>
    </message>
    <message>
        <source>Linphone, JsSIP, SIP.js or other WebRTC and mobile clients with outbound enabled register through an SBC or proxy that does not implement RFC 5626. A Kamailio edge proxy has the path module loaded but not the outbound module, so it adds Path without ob. A middlebox strips the Path header before the registrar sees it.</source>
        <comment>seenWhen</comment>
        <translation>Linphone, JsSIP, SIP.js u otros clientes WebRTC y móviles con outbound activado se registran a través de un SBC o proxy que no implementa RFC 5626. Un proxy de borde Kamailio tiene cargado el módulo path pero no el módulo outbound, por lo que añade Path sin ob. Un equipo intermedio elimina la cabecera Path antes de que la vea el registrador.</translation>
    </message>
    <message>
        <source>A registrar that implements SIP outbound and receives an outbound-style registration through a first hop that does not advertise outbound.</source>
        <comment>sentBy</comment>
        <translation>Un registrador que implementa SIP outbound y recibe un registro de tipo outbound a través de un primer salto que no anuncia outbound.</translation>
    </message>
    <message>
        <source>The UA may re-register at once without the reg-id parameter, giving up outbound, or try a different edge proxy that supports it. Repeating the same REGISTER through the same edge proxy will be refused again.</source>
        <comment>retryNote</comment>
        <translation>El UA puede volver a registrarse de inmediato sin el parámetro reg-id, renunciando a outbound, o probar otro proxy de borde que lo admita. Repetir el mismo REGISTER a través del mismo proxy de borde volverá a ser rechazado.</translation>
    </message>
    <message>
        <source>Check the REGISTER as it reaches the registrar for a Path header and an ob parameter on it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si el REGISTER, tal como llega al registrador, lleva una cabecera Path con un parámetro ob.</translation>
    </message>
    <message>
        <source>Enable outbound support on the edge proxy, for example the outbound and path modules in Kamailio.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite el soporte de outbound en el proxy de borde, por ejemplo los módulos outbound y path en Kamailio.</translation>
    </message>
    <message>
        <source>If the edge cannot support outbound, turn off outbound on the UA so it registers without reg-id.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el borde no puede admitir outbound, desactive outbound en el UA para que se registre sin reg-id.</translation>
    </message>
    <message>
        <source>Make sure no SBC between the edge proxy and the registrar removes Path headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Asegúrese de que ningún SBC entre el proxy de borde y el registrador elimina las cabeceras Path.</translation>
    </message>
    <message>
        <source>Should carry the ob parameter when the first hop supports outbound.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation>Debe llevar el parámetro ob cuando el primer salto admite outbound.</translation>
    </message>
    <message>
        <source>The reg-id and +sip.instance parameters show the UA asked for outbound.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Los parámetros reg-id y +sip.instance muestran que el UA solicitó outbound.</translation>
    </message>
    <message>
        <source>Should list outbound on the REGISTER.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Debe incluir outbound en el REGISTER.</translation>
    </message>
    <message>
        <source>A 430 is the outbound failure seen later, when a registered flow has died.</source>
        <comment>related 430</comment>
        <extracomment>How 430 differs</extracomment>
        <translation>Un 430 es el fallo de outbound que se ve más tarde, cuando un flujo registrado ha caído.</translation>
    </message>
    <message>
        <source>A 421 is the general case of a missing required extension.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Un 421 es el caso general de una extensión requerida ausente.</translation>
    </message>
    <message>
        <source>A 420 appears if outbound was placed in Require and the peer does not support it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Aparece un 420 si outbound se puso en Require y el par no lo admite.</translation>
    </message>
</context>
<context>
    <name>sip:440</name>
    <message>
        <source>Max-Breadth Exceeded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Max-Breadth superado</translation>
    </message>
    <message>
        <source>The proxy cannot fork the request because the Max-Breadth budget for parallel branches is used up.</source>
        <comment>summary</comment>
        <translation>El proxy no puede bifurcar la solicitud porque se ha agotado el presupuesto de Max-Breadth para ramas paralelas.</translation>
    </message>
    <message>
        <source>RFC 5393 added the Max-Breadth header to stop forking proxies from multiplying one request into an explosion of branches. Each proxy shares the available breadth among the parallel branches it creates, and when too little is left to create the branches it needs, it answers 440. The default starting value is 60.</source>
        <comment>description</comment>
        <translation>RFC 5393 añadió la cabecera Max-Breadth para impedir que los proxies con forking multipliquen una solicitud en una explosión de ramas. Cada proxy reparte la amplitud disponible entre las ramas paralelas que crea, y cuando queda demasiado poca para crear las ramas que necesita, responde 440. El valor inicial por defecto es 60.</translation>
    </message>
    <message>
        <source>Large ring-all hunt groups where each member also has several registered devices, so successive proxies fork again and again. Chains of PBXs and hosted services that each fork the call in parallel. A forking loop between two proxies whose aliases point at each other is cut off by Max-Breadth before Max-Forwards reaches zero.</source>
        <comment>seenWhen</comment>
        <translation>Grandes grupos de salto con timbre simultáneo (ring-all) en los que cada miembro tiene además varios dispositivos registrados, de modo que los sucesivos proxies bifurcan una y otra vez. Cadenas de PBX y servicios alojados que bifurcan la llamada en paralelo cada uno. Un bucle de forking entre dos proxies cuyos alias apuntan uno al otro queda cortado por Max-Breadth antes de que Max-Forwards llegue a cero.</translation>
    </message>
    <message>
        <source>A forking proxy that implements RFC 5393 and does not have enough Max-Breadth left to create the branches its routing logic requires.</source>
        <comment>sentBy</comment>
        <translation>Un proxy con forking que implementa RFC 5393 y no tiene suficiente Max-Breadth restante para crear las ramas que requiere su lógica de enrutamiento.</translation>
    </message>
    <message>
        <source>Retrying unchanged will hit the same limit. The forking design or routing loop has to be fixed; a client retry does not help.</source>
        <comment>retryNote</comment>
        <translation>Reintentar sin cambios chocará con el mismo límite. Hay que corregir el diseño del forking o el bucle de enrutamiento; un reintento del cliente no sirve.</translation>
    </message>
    <message>
        <source>Follow the Max-Breadth value hop by hop in the trace to see where the budget ran out.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Siga el valor de Max-Breadth salto a salto en la traza para ver dónde se agotó el presupuesto.</translation>
    </message>
    <message>
        <source>Reduce parallel fan-out: use sequential forking or smaller ring groups, or limit contacts per user.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reduzca la bifurcación en paralelo: use forking secuencial o grupos de timbre más pequeños, o limite los contactos por usuario.</translation>
    </message>
    <message>
        <source>Look for forking loops where proxies route the same target back and forth.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Busque bucles de forking en los que los proxies enrutan el mismo destino de un lado a otro.</translation>
    </message>
    <message>
        <source>Raise the initial Max-Breadth at the first proxy only if the fan-out is legitimate.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Aumente el Max-Breadth inicial en el primer proxy solo si la bifurcación es legítima.</translation>
    </message>
    <message>
        <source>The remaining parallel-forking budget on the request at each hop.</source>
        <comment>header Max-Breadth</comment>
        <extracomment>Why to inspect the Max-Breadth header</extracomment>
        <translation>El presupuesto restante de forking en paralelo de la solicitud en cada salto.</translation>
    </message>
    <message>
        <source>Shows the path the request took and reveals repeated forking proxies.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Muestra la ruta que siguió la solicitud y revela los proxies que bifurcan repetidamente.</translation>
    </message>
    <message>
        <source>Together with Max-Breadth, shows how deep and wide the request has spread.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>Junto con Max-Breadth, muestra hasta qué profundidad y amplitud se ha extendido la solicitud.</translation>
    </message>
    <message>
        <source>A 482 catches a request that comes back to the same proxy unchanged.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>Un 482 detecta una solicitud que vuelve sin cambios al mismo proxy.</translation>
    </message>
    <message>
        <source>A 483 limits how many hops a request may take; 440 limits how wide it may fork.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>Un 483 limita cuántos saltos puede dar una solicitud; 440 limita cuánto puede bifurcarse en amplitud.</translation>
    </message>
</context>
<context>
    <name>sip:469</name>
    <message>
        <source>Bad Info Package</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Info Package incorrecto</translation>
    </message>
    <message>
        <source>An INFO request used an Info Package the receiver never said it would accept.</source>
        <comment>summary</comment>
        <translation>Una solicitud INFO usó un Info Package que el receptor nunca dijo que aceptaría.</translation>
    </message>
    <message>
        <source>With the RFC 6086 INFO framework, each side lists the Info Packages it is willing to receive in a Recv-Info header during dialog setup or later. When an INFO arrives with an Info-Package value the receiver did not announce, it answers 469 and includes Recv-Info listing the packages it will take. The failure affects only that INFO; the dialog and call continue.</source>
        <comment>description</comment>
        <translation>Con el marco INFO de RFC 6086, cada lado enumera los Info Packages que está dispuesto a recibir en una cabecera Recv-Info durante el establecimiento del diálogo o más adelante. Cuando llega un INFO con un valor de Info-Package que el receptor no anunció, responde 469 e incluye Recv-Info con los paquetes que aceptará. El fallo solo afecta a ese INFO; el diálogo y la llamada continúan.</translation>
    </message>
    <message>
        <source>A gateway sends DTMF or other application data in INFO with an Info-Package header the far end never listed in Recv-Info. A B2BUA or SBC drops the Recv-Info header from the INVITE or 200 OK, so the two ends disagree about what was negotiated. Legacy INFO without an Info-Package header does not trigger 469.</source>
        <comment>seenWhen</comment>
        <translation>Una pasarela envía DTMF u otros datos de aplicación en INFO con una cabecera Info-Package que el extremo remoto nunca incluyó en Recv-Info. Un B2BUA o SBC elimina la cabecera Recv-Info del INVITE o del 200 OK, de modo que ambos extremos discrepan sobre lo negociado. El INFO antiguo sin cabecera Info-Package no provoca 469.</translation>
    </message>
    <message>
        <source>The UA at the far end of the dialog, answering an INFO whose Info-Package it did not ask to receive.</source>
        <comment>sentBy</comment>
        <translation>El UA del extremo remoto del diálogo, respondiendo a un INFO cuyo Info-Package no pidió recibir.</translation>
    </message>
    <message>
        <source>Only send INFO for a package listed in the peer&apos;s Recv-Info. The dialog is unaffected, so the sender can renegotiate packages with a re-INVITE or UPDATE and try again.</source>
        <comment>retryNote</comment>
        <translation>Envíe INFO solo para un paquete incluido en el Recv-Info del par. El diálogo no se ve afectado, por lo que el emisor puede renegociar los paquetes con un re-INVITE o UPDATE y volver a intentarlo.</translation>
    </message>
    <message>
        <source>Read the Recv-Info header in the 469 to see which packages the receiver accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Recv-Info del 469 para ver qué paquetes acepta el receptor.</translation>
    </message>
    <message>
        <source>Check the INVITE, 200 OK and any UPDATE for Recv-Info and confirm the package was announced.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise el INVITE, el 200 OK y cualquier UPDATE en busca de Recv-Info y confirme que el paquete se anunció.</translation>
    </message>
    <message>
        <source>Make sure B2BUAs and SBCs on the path pass Recv-Info and Info-Package headers through.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Asegúrese de que los B2BUA y SBC de la ruta dejan pasar las cabeceras Recv-Info e Info-Package.</translation>
    </message>
    <message>
        <source>For DTMF, consider RFC 4733 telephone-events in the media path instead of INFO if the peers cannot agree on a package.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Para DTMF, considere los telephone-events de RFC 4733 en la ruta de medios en lugar de INFO si los pares no pueden ponerse de acuerdo en un paquete.</translation>
    </message>
    <message>
        <source>Lists the Info Packages the receiver is willing to accept.</source>
        <comment>header Recv-Info</comment>
        <extracomment>Why to inspect the Recv-Info header</extracomment>
        <translation>Enumera los Info Packages que el receptor está dispuesto a aceptar.</translation>
    </message>
    <message>
        <source>The package the rejected INFO claimed to carry.</source>
        <comment>header Info-Package</comment>
        <extracomment>Why to inspect the Info-Package header</extracomment>
        <translation>El paquete que el INFO rechazado afirmaba transportar.</translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type; 469 rejects the Info Package itself.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Un 415 rechaza el tipo de medio del cuerpo; 469 rechaza el propio Info Package.</translation>
    </message>
    <message>
        <source>A 489 is the SUBSCRIBE/NOTIFY counterpart for an unknown event package.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>Un 489 es el equivalente en SUBSCRIBE/NOTIFY para un paquete de eventos desconocido.</translation>
    </message>
    <message>
        <source>A 481 to an INFO means the dialog itself no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Un 481 a un INFO significa que el propio diálogo ya no existe.</translation>
    </message>
</context>
<context>
    <name>sip:470</name>
    <message>
        <source>Consent Needed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Se necesita consentimiento</translation>
    </message>
    <message>
        <source>A relay will not forward to some recipients because they have not given consent to receive traffic.</source>
        <comment>summary</comment>
        <translation>Un retransmisor no reenviará a algunos destinatarios porque no han dado su consentimiento para recibir tráfico.</translation>
    </message>
    <message>
        <source>RFC 5360 defines a consent framework for relays, such as URI-list servers, that turn one request into traffic toward other addresses. A 470 says at least one target has not granted permission for this sender, and the response lists the affected URIs in a Permission-Missing header. The sender can ask those recipients for consent and retry once it has been granted.</source>
        <comment>description</comment>
        <translation>RFC 5360 define un marco de consentimiento para retransmisores (relays), como los servidores de listas de URI, que convierten una solicitud en tráfico hacia otras direcciones. Un 470 indica que al menos un destino no ha concedido permiso a este remitente, y la respuesta enumera las URI afectadas en una cabecera Permission-Missing. El remitente puede pedir el consentimiento a esos destinatarios y reintentar una vez concedido.</translation>
    </message>
    <message>
        <source>A client sends a MESSAGE or INVITE with a URI list to an exploder or conference service that enforces consent. A relay that translates an address into other destinations refuses to forward to targets that have not opted in. It is uncommon outside deployments that implement the consent framework.</source>
        <comment>seenWhen</comment>
        <translation>Un cliente envía un MESSAGE o INVITE con una lista de URI a un servicio expansor (exploder) o de conferencia que aplica el consentimiento. Un retransmisor que traduce una dirección a otros destinos se niega a reenviar a destinos que no han dado su aceptación (opt-in). Es poco común fuera de los despliegues que implementan el marco de consentimiento.</translation>
    </message>
    <message>
        <source>A relay such as a URI-list server or translating proxy that requires recipient consent before forwarding requests to them.</source>
        <comment>sentBy</comment>
        <translation>Un retransmisor, como un servidor de listas de URI o un proxy traductor, que exige el consentimiento de los destinatarios antes de reenviarles solicitudes.</translation>
    </message>
    <message>
        <source>Retry after consent has been granted or without the targets listed in Permission-Missing. Sending the same request again before that will be refused.</source>
        <comment>retryNote</comment>
        <translation>Reintente después de que se haya concedido el consentimiento, o sin los destinos enumerados en Permission-Missing. Enviar de nuevo la misma solicitud antes de eso será rechazado.</translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which target URIs lack consent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Permission-Missing para ver qué URI de destino carecen de consentimiento.</translation>
    </message>
    <message>
        <source>Trigger consent requests toward those targets using the mechanism the relay supports, then wait for them to accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lance solicitudes de consentimiento hacia esos destinos usando el mecanismo que admita el retransmisor y espere a que acepten.</translation>
    </message>
    <message>
        <source>Remove the targets that have not consented and resend the request for the rest.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Elimine los destinos que no han dado su consentimiento y reenvíe la solicitud para el resto.</translation>
    </message>
    <message>
        <source>Lists the URIs for which the relay has no permission.</source>
        <comment>header Permission-Missing</comment>
        <extracomment>Why to inspect the Permission-Missing header</extracomment>
        <translation>Enumera las URI para las que el retransmisor no tiene permiso.</translation>
    </message>
    <message>
        <source>Used by the sender to ask the relay to start the consent request toward the targets.</source>
        <comment>header Trigger-Consent</comment>
        <extracomment>Why to inspect the Trigger-Consent header</extracomment>
        <translation>La usa el remitente para pedir al retransmisor que inicie la solicitud de consentimiento hacia los destinos.</translation>
    </message>
    <message>
        <source>A 403 is an outright policy refusal with no route to fixing it by obtaining consent.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Un 403 es un rechazo rotundo por política, sin posibilidad de resolverlo obteniendo el consentimiento.</translation>
    </message>
    <message>
        <source>A 603 is a decline by the called user, not a missing permission at a relay.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es un rechazo del usuario llamado, no la falta de permiso en un retransmisor.</translation>
    </message>
</context>
<context>
    <name>sip:477</name>
    <message>
        <source>Unfortunately error on sending to next hop occurred</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Lamentablemente se produjo un error al enviar al siguiente salto</translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not send the request to the next hop (connect or send failure).</source>
        <comment>summary</comment>
        <translation>Kamailio/OpenSIPS no pudo enviar la solicitud al siguiente salto (fallo de conexión o de envío).</translation>
    </message>
    <message>
        <source>SER-derived proxies turn their internal send error into a 477 reply when a request cannot be written to the chosen destination. The cause is local to the proxy&apos;s transport layer, for example a refused TCP connection, a TLS handshake failure, a missing listening socket for the needed protocol, or an unreachable network. The reason phrase usually carries a suffix such as (477/TM) or (477/SL) showing which module replied.</source>
        <comment>description</comment>
        <translation>Los proxies derivados de SER convierten su error interno de envío en una respuesta 477 cuando una solicitud no puede escribirse en el destino elegido. La causa es local a la capa de transporte del proxy, por ejemplo una conexión TCP rechazada, un fallo en el handshake TLS, la falta de un socket de escucha para el protocolo necesario o una red inalcanzable. La frase de motivo suele llevar un sufijo como (477/TM) o (477/SL) que indica qué módulo respondió.</translation>
    </message>
    <message>
        <source>A t_relay() toward a TCP or TLS destination that is down or blocked, with log lines such as tcp_send failed or sending request on branch 0 failed. A large INVITE is switched from UDP to TCP by the MTU setting and the next hop does not listen on TCP. The destination needs IPv6 or TLS and the proxy has no matching listen socket.</source>
        <comment>seenWhen</comment>
        <translation>Un t_relay() hacia un destino TCP o TLS caído o bloqueado, con líneas de log como tcp_send failed o sending request on branch 0 failed. La configuración de MTU hace que un INVITE grande pase de UDP a TCP y el siguiente salto no escucha en TCP. El destino necesita IPv6 o TLS y el proxy no tiene el socket de escucha correspondiente.</translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, from the tm or sl module, when the core reports that the request could not be sent to the selected next hop.</source>
        <comment>sentBy</comment>
        <translation>Kamailio u OpenSIPS, desde el módulo tm o sl, cuando el núcleo informa de que la solicitud no pudo enviarse al siguiente salto seleccionado.</translation>
    </message>
    <message>
        <source>The failure is about this next hop, so a router or failure_route should try another destination or transport now. The same request to the same destination will fail until the connectivity issue is fixed.</source>
        <comment>retryNote</comment>
        <translation>El fallo afecta a este siguiente salto, así que un enrutador o failure_route debe probar ya otro destino o transporte. La misma solicitud al mismo destino fallará hasta que se resuelva el problema de conectividad.</translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies generate it when the transport layer fails to send a request to the next hop.</source>
        <comment>statusNote</comment>
        <translation>No registrada en IANA; Kamailio, OpenSIPS y otros proxies derivados de SER la generan cuando la capa de transporte no consigue enviar una solicitud al siguiente salto.</translation>
    </message>
    <message>
        <source>Read the proxy log around the failed relay to see the destination address, transport and the exact send error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea el log del proxy en torno al reenvío fallido para ver la dirección de destino, el transporte y el error de envío exacto.</translation>
    </message>
    <message>
        <source>Test reachability of that address and port with the same transport, and check firewalls, TLS certificates and the peer&apos;s listeners.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Pruebe la alcanzabilidad de esa dirección y puerto con el mismo transporte, y revise los firewalls, los certificados TLS y los puertos de escucha del par.</translation>
    </message>
    <message>
        <source>Verify the proxy&apos;s listen sockets cover the protocol and address family used for this destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Verifique que los sockets de escucha del proxy cubren el protocolo y la familia de direcciones usados para este destino.</translation>
    </message>
    <message>
        <source>Review udp_mtu and udp_mtu_try_proto if UDP requests are silently moved to TCP.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Revise udp_mtu y udp_mtu_try_proto si las solicitudes UDP se trasladan a TCP sin aviso.</translation>
    </message>
    <message>
        <source>Add a failure_route with an alternative destination, for example via the dispatcher module, so sends can fail over.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>Añada una failure_route con un destino alternativo, por ejemplo mediante el módulo dispatcher, para que los envíos puedan conmutar.</translation>
    </message>
    <message>
        <source>The top Via identifies which proxy instance generated the reply.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>El Via superior identifica qué instancia de proxy generó la respuesta.</translation>
    </message>
    <message>
        <source>Often shows kamailio or OpenSIPS, confirming the non-standard source.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>A menudo muestra kamailio u OpenSIPS, lo que confirma el origen no estándar.</translation>
    </message>
    <message>
        <source>A 503 is the standard way to signal that a server or route is unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Un 503 es la forma estándar de indicar que un servidor o una ruta no está disponible.</translation>
    </message>
    <message>
        <source>A 408 appears when the send succeeded but the next hop never answered.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Aparece un 408 cuando el envío tuvo éxito pero el siguiente salto nunca respondió.</translation>
    </message>
    <message>
        <source>A 478 is the sibling for a destination whose name could not be resolved at all.</source>
        <comment>related 478</comment>
        <extracomment>How 478 differs</extracomment>
        <translation>Un 478 es el equivalente para un destino cuyo nombre no pudo resolverse en absoluto.</translation>
    </message>
</context>
<context>
    <name>sip:478</name>
    <message>
        <source>Unresolvable destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Destino no resoluble</translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not resolve the next-hop host (no usable NAPTR, SRV, A or AAAA record).</source>
        <comment>summary</comment>
        <translation>Kamailio/OpenSIPS no pudo resolver el host del siguiente salto (ningún registro NAPTR, SRV, A o AAAA utilizable).</translation>
    </message>
    <message>
        <source>SER-derived proxies map their internal bad address error to a 478 reply when the host they must forward to does not resolve to a usable address. The host may come from the Request-URI, a Route header, an outbound proxy or a destination URI set in the routing script. It points to DNS or configuration problems rather than to the called user.</source>
        <comment>description</comment>
        <translation>Los proxies derivados de SER convierten su error interno de dirección incorrecta en una respuesta 478 cuando el host al que deben reenviar no se resuelve en una dirección utilizable. El host puede proceder de la Request-URI, de una cabecera Route, de un proxy de salida o de una URI de destino fijada en el script de enrutamiento. Apunta a problemas de DNS o de configuración más que al usuario llamado.</translation>
    </message>
    <message>
        <source>A typo in the Request-URI domain or in a trunk definition. An internal host name that resolves on the PBX but not on the proxy&apos;s DNS servers. SRV records missing for the transport the proxy tries, or the resolver on the proxy host being down or slow.</source>
        <comment>seenWhen</comment>
        <translation>Un error tipográfico en el dominio de la Request-URI o en la definición de una troncal. Un nombre de host interno que se resuelve en la PBX pero no en los servidores DNS del proxy. Faltan registros SRV para el transporte que prueba el proxy, o el resolvedor del host del proxy está caído o es lento.</translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, and SEMS as a B2BUA, when DNS resolution of the next hop fails during forwarding.</source>
        <comment>sentBy</comment>
        <translation>Kamailio u OpenSIPS, y SEMS como B2BUA, cuando falla la resolución DNS del siguiente salto durante el reenvío.</translation>
    </message>
    <message>
        <source>A router should try another route or destination now. Retrying the same destination only helps after DNS or configuration is corrected.</source>
        <comment>retryNote</comment>
        <translation>Un enrutador debe probar ya otra ruta u otro destino. Reintentar el mismo destino solo sirve después de corregir el DNS o la configuración.</translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies (and SEMS) send it when the next-hop host name cannot be resolved.</source>
        <comment>statusNote</comment>
        <translation>No registrada en IANA; Kamailio, OpenSIPS y otros proxies derivados de SER (y SEMS) la envían cuando no puede resolverse el nombre de host del siguiente salto.</translation>
    </message>
    <message>
        <source>Find which host the proxy tried to resolve, from the Request-URI, the top Route or the destination URI in the logs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Averigüe qué host intentó resolver el proxy, a partir de la Request-URI, la Route superior o la URI de destino en los logs.</translation>
    </message>
    <message>
        <source>Query NAPTR, SRV and A or AAAA records for it from the proxy host with dig, using the same resolvers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Consulte sus registros NAPTR, SRV y A o AAAA desde el host del proxy con dig, usando los mismos resolvedores.</translation>
    </message>
    <message>
        <source>Fix the DNS records or the configuration, or use an IP address for trunks where DNS is not needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Corrija los registros DNS o la configuración, o use una dirección IP para las troncales en las que no se necesite DNS.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s DNS settings such as NAPTR and SRV lookups and its DNS cache for stale negative entries.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Revise la configuración DNS del proxy, como las consultas NAPTR y SRV, y su caché DNS en busca de entradas negativas obsoletas.</translation>
    </message>
    <message>
        <source>If present, the top Route names the host that failed to resolve.</source>
        <comment>header Route</comment>
        <extracomment>Why to inspect the Route header</extracomment>
        <translation>Si está presente, la Route superior nombra el host que no se pudo resolver.</translation>
    </message>
    <message>
        <source>Identifies the proxy software that produced this non-standard code.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>Identifica el software de proxy que generó este código no estándar.</translation>
    </message>
    <message>
        <source>A 404 says the user or domain is not served; 478 says the proxy could not even find where to send it.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Un 404 indica que el usuario o el dominio no se atiende; 478 indica que el proxy ni siquiera pudo averiguar adónde enviarla.</translation>
    </message>
    <message>
        <source>A 503 is the standard code many servers use for a DNS failure on the way out.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Un 503 es el código estándar que muchos servidores usan para un fallo de DNS en el reenvío saliente.</translation>
    </message>
    <message>
        <source>A 477 is the sibling when the address resolved but sending to it failed.</source>
        <comment>related 477</comment>
        <extracomment>How 477 differs</extracomment>
        <translation>Un 477 es el equivalente cuando la dirección se resolvió pero el envío a ella falló.</translation>
    </message>
</context>
<context>
    <name>sip:480</name>
    <message>
        <source>Temporarily Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No disponible temporalmente</translation>
    </message>
    <message>
        <source>The callee exists but cannot be reached right now (not registered, DND, offline); may carry Retry-After.</source>
        <comment>summary</comment>
        <translation>El llamado existe pero no es alcanzable en este momento (no registrado, no molestar, desconectado); puede llevar Retry-After.</translation>
    </message>
    <message>
        <source>The request reached a system that knows the target, but the target cannot take it at this moment. Typical reasons are no current registration, do-not-disturb, the user being logged out or the device being unreachable. A Retry-After header may suggest when to try again, and the reason phrase or a Reason header may say more precisely what happened.</source>
        <comment>description</comment>
        <translation>La solicitud llegó a un sistema que conoce el destino, pero el destino no puede atenderla en este momento. Los motivos típicos son la falta de un registro vigente, el modo no molestar, que el usuario haya cerrado sesión o que el dispositivo sea inalcanzable. Una cabecera Retry-After puede sugerir cuándo volver a intentarlo, y la frase de motivo o una cabecera Reason pueden indicar con más precisión qué ocurrió.</translation>
    </message>
    <message>
        <source>A call to an extension whose phone is unplugged or whose registration expired because the NAT binding died. A mobile or IMS subscriber is absent or detached, and the network maps the PSTN cause (often 18, 19 or 20) to 480. A forking proxy whose branches all failed without a better answer, or an outbound edge that lost the flow, reports 480 to the caller.</source>
        <comment>seenWhen</comment>
        <translation>Una llamada a una extensión cuyo teléfono está desconectado o cuyo registro caducó porque se perdió el binding NAT. Un abonado móvil o IMS está ausente o desvinculado de la red (detached), y la red asigna la causa PSTN (a menudo 18, 19 o 20) a 480. Un proxy con forking cuyas ramas fallaron todas sin una respuesta mejor, o un borde outbound que perdió el flujo, informa 480 al llamante.</translation>
    </message>
    <message>
        <source>Proxies and PBXs that find no usable contact for a known user, UAs in do-not-disturb, and PSTN gateways translating an absent or not-responding subscriber.</source>
        <comment>sentBy</comment>
        <translation>Proxies y PBX que no encuentran ningún contacto utilizable para un usuario conocido, UA en modo no molestar y pasarelas PSTN que traducen un abonado ausente o que no responde.</translation>
    </message>
    <message>
        <source>The same request may succeed later; wait for Retry-After when it is present. A forking proxy keeps trying other branches, and voicemail or forward-on-unavailable services usually kick in on 480.</source>
        <comment>retryNote</comment>
        <translation>La misma solicitud puede tener éxito más tarde; espere a Retry-After cuando esté presente. Un proxy con forking sigue probando otras ramas, y los servicios de buzón de voz o de desvío si no disponible suelen activarse con 480.</translation>
    </message>
    <message>
        <source>Check the registrar&apos;s location table for the target AOR and when its last registration happened.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe la tabla de localización del registrador para la AOR de destino y cuándo se produjo su último registro.</translation>
    </message>
    <message>
        <source>Look at the device: registration interval, NAT keepalives and network connectivity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise el dispositivo: intervalo de registro, keepalives de NAT y conectividad de red.</translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause from a gateway, which narrows down absent, no answer or not registered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Lea cualquier cabecera Reason en busca de una causa Q.850 de una pasarela, que permite distinguir entre ausente, no contesta o no registrado.</translation>
    </message>
    <message>
        <source>Check do-not-disturb, presence state and forwarding rules for the user.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Compruebe el modo no molestar, el estado de presencia y las reglas de desvío del usuario.</translation>
    </message>
    <message>
        <source>For automated dialers, honour Retry-After instead of redialling at once.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>En los marcadores automáticos, respete Retry-After en lugar de volver a marcar de inmediato.</translation>
    </message>
    <message>
        <source>Suggests when the callee may be reachable again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Sugiere cuándo puede volver a ser alcanzable el llamado.</translation>
    </message>
    <message>
        <source>May carry the Q.850 cause from a PSTN gateway, such as 18 or 20.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Puede llevar la causa Q.850 de una pasarela PSTN, como 18 o 20.</translation>
    </message>
    <message>
        <source>A 486 means the user was reached but is busy, not unreachable.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Un 486 significa que se alcanzó al usuario pero está ocupado, no que sea inalcanzable.</translation>
    </message>
    <message>
        <source>A 404 means the user is unknown, while 480 means a known user is currently unavailable.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Un 404 significa que el usuario es desconocido, mientras que 480 significa que un usuario conocido no está disponible en este momento.</translation>
    </message>
    <message>
        <source>A 408 reports a timeout waiting for an answer, which some systems use for no-answer instead of 480.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Un 408 informa de un vencimiento de temporizador esperando una respuesta, que algunos sistemas usan para la falta de respuesta en lugar de 480.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 480 to cause 18, no user responding, when interworking with ISUP.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>RFC 3398 asigna 480 a la causa 18, no user responding (el usuario no responde), en el interfuncionamiento con ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:481</name>
    <message>
        <source>Call/Transaction Does Not Exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>La llamada/transacción no existe</translation>
    </message>
    <message>
        <source>An in-dialog request or a CANCEL matched no dialog or transaction at the receiver.</source>
        <comment>summary</comment>
        <translation>Una solicitud dentro de diálogo o un CANCEL no coincidió con ningún diálogo ni transacción en el receptor.</translation>
    </message>
    <message>
        <source>The receiver got a request that should belong to an existing dialog (BYE, re-INVITE, UPDATE, INFO, NOTIFY, REFER, PRACK) or transaction (CANCEL), but it holds no state that matches the Call-ID, tags or branch. Either the state was lost or never existed there, or the request went to the wrong element. For the sender, the dialog should be considered gone.</source>
        <comment>description</comment>
        <translation>El receptor recibió una solicitud que debería pertenecer a un diálogo existente (BYE, re-INVITE, UPDATE, INFO, NOTIFY, REFER, PRACK) o a una transacción (CANCEL), pero no tiene ningún estado que coincida con el Call-ID, los tags o el branch. O bien el estado se perdió o nunca existió allí, o bien la solicitud fue al elemento equivocado. Para el emisor, el diálogo debe considerarse terminado.</translation>
    </message>
    <message>
        <source>The far end restarted or failed over to a node without replicated dialog state, then gets a BYE or re-INVITE for an old call. An SBC or B2BUA has already dropped the call after session timers or media timeouts, and the other side&apos;s BYE arrives later. NAT or an ALG changes the Contact so in-dialog requests land on a different server, a NOTIFY arrives after the subscription expired, or a CANCEL reaches a node that never saw the INVITE.</source>
        <comment>seenWhen</comment>
        <translation>El extremo remoto se reinició o conmutó a un nodo sin estado de diálogo replicado, y luego recibe un BYE o re-INVITE de una llamada antigua. Un SBC o B2BUA ya ha liberado la llamada tras el vencimiento de los temporizadores de sesión o de medios, y el BYE del otro lado llega después. Un NAT o un ALG cambia el Contact de modo que las solicitudes dentro de diálogo llegan a otro servidor, un NOTIFY llega después de caducar la suscripción, o un CANCEL llega a un nodo que nunca vio el INVITE.</translation>
    </message>
    <message>
        <source>A UA or B2BUA that no longer holds, or never had, the dialog, and a stateful proxy that receives a CANCEL for a transaction it does not know.</source>
        <comment>sentBy</comment>
        <translation>Un UA o B2BUA que ya no tiene, o nunca tuvo, el diálogo, y un proxy con estado que recibe un CANCEL para una transacción que no conoce.</translation>
    </message>
    <message>
        <source>Do not resend the request: treat the dialog or subscription as terminated and clean up locally. A new call or a new SUBSCRIBE is needed to restore service.</source>
        <comment>retryNote</comment>
        <translation>No reenvíe la solicitud: considere terminado el diálogo o la suscripción y limpie el estado local. Para restablecer el servicio se necesita una nueva llamada o un nuevo SUBSCRIBE.</translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the rejected request with the dialog that set up the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare el Call-ID, el tag de From y el tag de To de la solicitud rechazada con el diálogo que estableció la llamada.</translation>
    </message>
    <message>
        <source>Check Record-Route and Contact from the original exchange to confirm in-dialog requests are routed to the element holding the dialog.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise el Record-Route y el Contact del intercambio original para confirmar que las solicitudes dentro de diálogo se enrutan al elemento que tiene el diálogo.</translation>
    </message>
    <message>
        <source>Look for a restart, failover or session timer expiry on the far side just before the 481.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Busque un reinicio, una conmutación o un vencimiento del temporizador de sesión en el lado remoto justo antes del 481.</translation>
    </message>
    <message>
        <source>In clusters, enable dialog replication or sticky routing so mid-dialog requests reach the right node.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>En clústeres, habilite la replicación de diálogos o el enrutamiento persistente (sticky) para que las solicitudes dentro de diálogo lleguen al nodo correcto.</translation>
    </message>
    <message>
        <source>For subscriptions, send a new SUBSCRIBE instead of reusing the dead dialog.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>Para las suscripciones, envíe un nuevo SUBSCRIBE en lugar de reutilizar el diálogo caído.</translation>
    </message>
    <message>
        <source>Together with the tags, identifies the dialog the receiver could not find.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation>Junto con los tags, identifica el diálogo que el receptor no pudo encontrar.</translation>
    </message>
    <message>
        <source>Its tag must match the dialog; a changed or missing To tag is a frequent cause.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation>Su tag debe coincidir con el diálogo; un tag de To cambiado o ausente es una causa frecuente.</translation>
    </message>
    <message>
        <source>Its tag is the other half of the dialog identifier.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation>Su tag es la otra mitad del identificador de diálogo.</translation>
    </message>
    <message>
        <source>From the original INVITE exchange; a wrong route set sends in-dialog requests to the wrong box.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation>Del intercambio INVITE original; un route set erróneo envía las solicitudes dentro de diálogo al equipo equivocado.</translation>
    </message>
    <message>
        <source>A 408 means a request got no answer; 481 is an explicit answer that the state is missing.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Un 408 significa que una solicitud no obtuvo respuesta; 481 es una respuesta explícita de que falta el estado.</translation>
    </message>
    <message>
        <source>A 487 is the normal answer to an INVITE that was cancelled; 481 is sent to a CANCEL that matched nothing.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>Un 487 es la respuesta normal a un INVITE cancelado; 481 se envía a un CANCEL que no coincidió con nada.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 481 to cause 41, temporary failure, toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 asigna 481 a la causa 41, temporary failure (fallo temporal), hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:482</name>
    <message>
        <source>Loop Detected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Bucle detectado</translation>
    </message>
    <message>
        <source>The request came back to a server that already handled it unchanged, or a merged copy reached the UAS.</source>
        <comment>summary</comment>
        <translation>La solicitud volvió sin cambios a un servidor que ya la había tratado, o una copia fusionada llegó al UAS.</translation>
    </message>
    <message>
        <source>A proxy doing loop detection finds that it has already forwarded this same request, with the same Request-URI and routing state, so the request has gone round in a circle. A UAS also sends 482 for a merged request: a second copy of a request it is already processing, with the same From tag, Call-ID and CSeq but arriving by another path after forking. A spiral, where the request returns to a proxy with a changed Request-URI, is legitimate and is not a loop.</source>
        <comment>description</comment>
        <translation>Un proxy con detección de bucles descubre que ya ha reenviado esta misma solicitud, con la misma Request-URI y el mismo estado de enrutamiento, por lo que la solicitud ha dado una vuelta completa. Un UAS también envía 482 para una solicitud fusionada (merged): una segunda copia de una solicitud que ya está procesando, con el mismo tag de From, Call-ID y CSeq, pero que llega por otra ruta tras un forking. Una espiral, en la que la solicitud vuelve a un proxy con una Request-URI modificada, es legítima y no es un bucle.</translation>
    </message>
    <message>
        <source>Call forwarding between two systems that forward to each other, or a PBX and a carrier routing the same number back and forth. DNS or SRV records that send a proxy&apos;s outbound traffic back to itself. A forking proxy delivers two branches to the same phone because it is registered twice, and the second copy gets 482 from the phone.</source>
        <comment>seenWhen</comment>
        <translation>Desvío de llamadas entre dos sistemas que se desvían mutuamente, o una PBX y un operador que enrutan el mismo número de un lado a otro. Registros DNS o SRV que devuelven el tráfico saliente de un proxy a sí mismo. Un proxy con forking entrega dos ramas al mismo teléfono porque está registrado dos veces, y la segunda copia recibe 482 del teléfono.</translation>
    </message>
    <message>
        <source>Stateful proxies with loop detection enabled, and UAs detecting a merged request that arrived twice through different forks.</source>
        <comment>sentBy</comment>
        <translation>Proxies con estado con la detección de bucles habilitada, y UA que detectan una solicitud fusionada que llegó dos veces por bifurcaciones distintas.</translation>
    </message>
    <message>
        <source>Retrying will loop again until routing is fixed. When the 482 is for a merged copy, it is harmless because another branch of the same request is being handled.</source>
        <comment>retryNote</comment>
        <translation>Reintentar volverá a entrar en bucle hasta que se corrija el enrutamiento. Cuando el 482 corresponde a una copia fusionada, es inofensivo porque se está tratando otra rama de la misma solicitud.</translation>
    </message>
    <message>
        <source>List the Via headers of the rejected request; the same host appearing repeatedly shows where the loop is.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Enumere las cabeceras Via de la solicitud rechazada; el mismo host apareciendo repetidamente muestra dónde está el bucle.</translation>
    </message>
    <message>
        <source>Fix the routing rule, forwarding target or DNS record that sends the request back.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Corrija la regla de enrutamiento, el destino de desvío o el registro DNS que devuelve la solicitud.</translation>
    </message>
    <message>
        <source>For merged requests, check the registrar for duplicate bindings of one device and remove stale contacts.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Para las solicitudes fusionadas, revise el registrador en busca de bindings duplicados de un mismo dispositivo y elimine los contactos obsoletos.</translation>
    </message>
    <message>
        <source>Make sure proxies on the path generate unique Via branch values and do not disable loop detection.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Asegúrese de que los proxies de la ruta generan valores branch de Via únicos y no desactivan la detección de bucles.</translation>
    </message>
    <message>
        <source>Repeated entries for the same proxy reveal the loop path.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Las entradas repetidas del mismo proxy revelan la ruta del bucle.</translation>
    </message>
    <message>
        <source>A low remaining value also indicates the request has travelled in circles.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>Un valor restante bajo también indica que la solicitud ha estado dando vueltas.</translation>
    </message>
    <message>
        <source>A 483 stops loops that loop detection misses, such as spirals that keep rewriting the Request-URI.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>Un 483 detiene los bucles que la detección de bucles no capta, como las espirales que siguen reescribiendo la Request-URI.</translation>
    </message>
    <message>
        <source>A 440 limits the width of forking, while 482 catches a request returning to the same server.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation>Un 440 limita la amplitud del forking, mientras que 482 detecta una solicitud que vuelve al mismo servidor.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation>RFC 3398 asigna 482 a la causa 25, exchange routing error (error de enrutamiento en la central).</translation>
    </message>
</context>
<context>
    <name>sip:483</name>
    <message>
        <source>Too Many Hops</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Demasiados saltos</translation>
    </message>
    <message>
        <source>Max-Forwards reached zero before the request got to its destination.</source>
        <comment>summary</comment>
        <translation>Max-Forwards llegó a cero antes de que la solicitud alcanzara su destino.</translation>
    </message>
    <message>
        <source>Every proxy decrements Max-Forwards, and a proxy that receives a request with the value at zero must not forward it and answers 483 instead. The usual start value is 70, so a 483 nearly always means a routing loop that changes the Request-URI on each pass, which normal loop detection does not catch. The one exception is OPTIONS, which an element may answer itself when Max-Forwards is zero.</source>
        <comment>description</comment>
        <translation>Cada proxy decrementa Max-Forwards, y un proxy que recibe una solicitud con el valor a cero no debe reenviarla y responde 483 en su lugar. El valor inicial habitual es 70, así que un 483 casi siempre indica un bucle de enrutamiento que cambia la Request-URI en cada pasada, que la detección de bucles normal no capta. La única excepción es OPTIONS, que un elemento puede responder por sí mismo cuando Max-Forwards es cero.</translation>
    </message>
    <message>
        <source>A number translation loop where a PBX and a carrier keep adding or removing a prefix, so each pass looks like a new request. A B2BUA or SBC that sets a low Max-Forwards value (for example 10) on a long path through several SBCs and application servers. Forwarding chains that bounce between hosted PBX tenants.</source>
        <comment>seenWhen</comment>
        <translation>Un bucle de traducción de números en el que una PBX y un operador siguen añadiendo o quitando un prefijo, de modo que cada pasada parece una solicitud nueva. Un B2BUA o SBC que fija un valor bajo de Max-Forwards (por ejemplo 10) en una ruta larga a través de varios SBC y servidores de aplicaciones. Cadenas de desvío que rebotan entre inquilinos (tenants) de una PBX alojada.</translation>
    </message>
    <message>
        <source>The proxy or SBC at which Max-Forwards hit zero, usually one that is part of the loop.</source>
        <comment>sentBy</comment>
        <translation>El proxy o SBC en el que Max-Forwards llegó a cero, normalmente uno que forma parte del bucle.</translation>
    </message>
    <message>
        <source>Retrying will run out of hops again. Fix the routing loop or the hop limit first.</source>
        <comment>retryNote</comment>
        <translation>Reintentar volverá a agotar los saltos. Corrija primero el bucle de enrutamiento o el límite de saltos.</translation>
    </message>
    <message>
        <source>Inspect the Via headers and the Request-URI changes hop by hop to find the repeating pattern.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine las cabeceras Via y los cambios de la Request-URI salto a salto para encontrar el patrón que se repite.</translation>
    </message>
    <message>
        <source>Fix the number translation or routing rule that sends the request back with a modified URI.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Corrija la regla de traducción de números o de enrutamiento que devuelve la solicitud con una URI modificada.</translation>
    </message>
    <message>
        <source>Check B2BUAs and SBCs that reset or lower Max-Forwards and make sure they use a sane value.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise los B2BUA y SBC que reinician o reducen Max-Forwards y asegúrese de que usan un valor razonable.</translation>
    </message>
    <message>
        <source>Avoid raising Max-Forwards to hide a loop; find the loop instead.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Evite aumentar Max-Forwards para ocultar un bucle; localice el bucle.</translation>
    </message>
    <message>
        <source>Reached zero at the rejecting hop; compare the value set by the originator and each B2BUA.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>Llegó a cero en el salto que rechaza; compare el valor fijado por el originador y por cada B2BUA.</translation>
    </message>
    <message>
        <source>The list of hops traversed; repeated hosts show the loop.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>La lista de saltos recorridos; los hosts repetidos muestran el bucle.</translation>
    </message>
    <message>
        <source>A 482 detects an unchanged request returning to the same proxy; 483 is the backstop when the request changes on each pass.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>Un 482 detecta una solicitud sin cambios que vuelve al mismo proxy; 483 es la última barrera cuando la solicitud cambia en cada pasada.</translation>
    </message>
    <message>
        <source>A 440 is the forking-width limit, complementary to the hop limit.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation>Un 440 es el límite de amplitud del forking, complementario al límite de saltos.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation>RFC 3398 asigna 483 a la causa 25, exchange routing error (error de enrutamiento en la central).</translation>
    </message>
</context>
<context>
    <name>sip:484</name>
    <message>
        <source>Address Incomplete</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Dirección incompleta</translation>
    </message>
    <message>
        <source>The dialled number or Request-URI is incomplete; more digits are needed.</source>
        <comment>summary</comment>
        <translation>El número marcado o la Request-URI está incompleto; se necesitan más dígitos.</translation>
    </message>
    <message>
        <source>The server recognises the address as a prefix of something valid but not a complete destination. It is the SIP counterpart of overlap dialling: the caller can send the request again with more digits. The response may include the reason in the reason phrase, but the fix always lies in the number sent.</source>
        <comment>description</comment>
        <translation>El servidor reconoce la dirección como prefijo de algo válido, pero no como un destino completo. Es el equivalente SIP de la marcación solapada (overlap): el llamante puede volver a enviar la solicitud con más dígitos. La respuesta puede incluir el motivo en la frase de motivo, pero la solución siempre está en el número enviado.</translation>
    </message>
    <message>
        <source>A phone&apos;s digit map or inter-digit timeout sends the INVITE after only part of the number was dialled. A SIP trunk receives a national number without its area code or an international number missing the country code. A PSTN gateway using overlap signalling toward ISDN or ISUP receives an address that the network reports as incomplete.</source>
        <comment>seenWhen</comment>
        <translation>El mapa de dígitos o el temporizador entre dígitos de un teléfono envía el INVITE cuando solo se ha marcado parte del número. Una troncal SIP recibe un número nacional sin su prefijo de zona o un número internacional al que le falta el código de país. Una pasarela PSTN que usa señalización solapada hacia RDSI o ISUP recibe una dirección que la red notifica como incompleta.</translation>
    </message>
    <message>
        <source>PBXs, carriers&apos; routing proxies and PSTN gateways whose dial plan sees the number as a valid but incomplete prefix.</source>
        <comment>sentBy</comment>
        <translation>PBX, proxies de enrutamiento de operador y pasarelas PSTN cuyo plan de marcación considera el número un prefijo válido pero incompleto.</translation>
    </message>
    <message>
        <source>Retry with the complete number. Overlap-dialling clients may resend the INVITE with additional digits as the user keeps dialling.</source>
        <comment>retryNote</comment>
        <translation>Reintente con el número completo. Los clientes con marcación solapada pueden reenviar el INVITE con dígitos adicionales a medida que el usuario sigue marcando.</translation>
    </message>
    <message>
        <source>Compare the number in the Request-URI with the format the trunk or PBX expects, such as E.164 with a leading +.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare el número de la Request-URI con el formato que espera la troncal o la PBX, como E.164 con un + inicial.</translation>
    </message>
    <message>
        <source>Adjust the phone&apos;s digit map or inter-digit timer so the full number is collected before sending.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Ajuste el mapa de dígitos o el temporizador entre dígitos del teléfono para que se recoja el número completo antes de enviarlo.</translation>
    </message>
    <message>
        <source>Normalise numbers on the PBX or SBC before they reach the trunk.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Normalice los números en la PBX o el SBC antes de que lleguen a la troncal.</translation>
    </message>
    <message>
        <source>For gateways, configure en-bloc sending or enough digits before the call is launched.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>En las pasarelas, configure el envío en bloque (en-bloc) o suficientes dígitos antes de lanzar la llamada.</translation>
    </message>
    <message>
        <source>A 404 means the address is complete but does not exist.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Un 404 significa que la dirección está completa pero no existe.</translation>
    </message>
    <message>
        <source>A 485 means the address matches several targets rather than too few digits.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation>Un 485 significa que la dirección coincide con varios destinos, no que falten dígitos.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 484 to cause 28, invalid number format (address incomplete).</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>RFC 3398 asigna 484 a la causa 28, invalid number format (formato de número no válido; dirección incompleta).</translation>
    </message>
</context>
<context>
    <name>sip:485</name>
    <message>
        <source>Ambiguous</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ambiguo</translation>
    </message>
    <message>
        <source>The Request-URI matches more than one possible target; the response may list candidates in Contact.</source>
        <comment>summary</comment>
        <translation>La Request-URI coincide con más de un destino posible; la respuesta puede enumerar candidatos en Contact.</translation>
    </message>
    <message>
        <source>The server cannot pick a single destination because the address could mean several users. It may include Contact headers with possible matches, although a server may leave them out to avoid exposing its directory. The caller has to pick a more specific address.</source>
        <comment>description</comment>
        <translation>El servidor no puede elegir un único destino porque la dirección podría referirse a varios usuarios. Puede incluir cabeceras Contact con las posibles coincidencias, aunque un servidor puede omitirlas para no exponer su directorio. El llamante tiene que elegir una dirección más específica.</translation>
    </message>
    <message>
        <source>Name-based or alias URIs such as sip:john@example.com resolving to several users in a directory-driven proxy. Duplicate aliases or extensions configured in the user database of a PBX. It is rare in carrier telephony.</source>
        <comment>seenWhen</comment>
        <translation>URI basadas en nombres o alias, como sip:john@example.com, que se resuelven en varios usuarios en un proxy basado en directorio. Alias o extensiones duplicados configurados en la base de datos de usuarios de una PBX. Es poco frecuente en la telefonía de operador.</translation>
    </message>
    <message>
        <source>Proxies and redirect servers that resolve names through a directory and find multiple matches.</source>
        <comment>sentBy</comment>
        <translation>Proxies y servidores de redirección que resuelven nombres a través de un directorio y encuentran varias coincidencias.</translation>
    </message>
    <message>
        <source>Retry with a more precise Request-URI, possibly one of the Contact candidates. Sending the same ambiguous URI again will get the same answer.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una Request-URI más precisa, posiblemente uno de los candidatos de Contact. Enviar de nuevo la misma URI ambigua obtendrá la misma respuesta.</translation>
    </message>
    <message>
        <source>Use a unique, fully specified address, such as the user&apos;s exact extension or full name URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Use una dirección única y completamente especificada, como la extensión exacta del usuario o la URI con su nombre completo.</translation>
    </message>
    <message>
        <source>If the response has Contact headers, choose the intended target from them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si la respuesta tiene cabeceras Contact, elija entre ellas el destino deseado.</translation>
    </message>
    <message>
        <source>Remove duplicate aliases or extensions from the directory or user database.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Elimine los alias o extensiones duplicados del directorio o de la base de datos de usuarios.</translation>
    </message>
    <message>
        <source>Optional list of candidate addresses the server found.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Lista opcional de direcciones candidatas que encontró el servidor.</translation>
    </message>
    <message>
        <source>A 300 offers multiple choices as a redirect; 485 treats the ambiguity as a client error.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>Un 300 ofrece varias opciones como redirección; 485 trata la ambigüedad como un error del cliente.</translation>
    </message>
    <message>
        <source>A 484 means the address is incomplete rather than matching several targets.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Un 484 significa que la dirección está incompleta, no que coincida con varios destinos.</translation>
    </message>
    <message>
        <source>A 404 means nothing matched at all.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Un 404 significa que no hubo ninguna coincidencia.</translation>
    </message>
</context>
<context>
    <name>sip:486</name>
    <message>
        <source>Busy Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ocupado aquí</translation>
    </message>
    <message>
        <source>The callee was reached but is busy at this endpoint; other locations may still answer.</source>
        <comment>summary</comment>
        <translation>Se alcanzó al llamado, pero está ocupado en este terminal; otras ubicaciones aún pueden contestar.</translation>
    </message>
    <message>
        <source>The called UA or system was contacted and is unable or unwilling to accept another call right now. The word here matters: it speaks only for this endpoint, so a forking proxy may keep trying other branches and voicemail or forward-on-busy can apply. A Retry-After header may say when to try again.</source>
        <comment>description</comment>
        <translation>Se contactó con el UA o sistema llamado y no puede o no quiere aceptar otra llamada en este momento. La palabra aquí (here) es importante: solo se refiere a este terminal, así que un proxy con forking puede seguir probando otras ramas y pueden aplicarse el buzón de voz o el desvío si ocupado. Una cabecera Retry-After puede indicar cuándo volver a intentarlo.</translation>
    </message>
    <message>
        <source>A phone already in a call with call waiting turned off. A PBX extension or SIP trunk has reached its limit of concurrent calls. Some phones send 486 when the user presses reject or has do-not-disturb enabled, where others send 603 or 480.</source>
        <comment>seenWhen</comment>
        <translation>Un teléfono que ya está en una llamada con la llamada en espera desactivada. Una extensión de PBX o una troncal SIP ha alcanzado su límite de llamadas simultáneas. Algunos teléfonos envían 486 cuando el usuario pulsa rechazar o tiene activado el modo no molestar, mientras que otros envían 603 o 480.</translation>
    </message>
    <message>
        <source>The called UA or PBX when the user is on another call or a call limit is reached, and PSTN gateways translating ISUP cause 17.</source>
        <comment>sentBy</comment>
        <translation>El UA o la PBX llamados cuando el usuario está en otra llamada o se alcanza un límite de llamadas, y las pasarelas PSTN que traducen la causa ISUP 17.</translation>
    </message>
    <message>
        <source>The same request may work later; respect Retry-After when given. A forking proxy keeps waiting for other branches, and forward-on-busy rules are triggered by 486.</source>
        <comment>retryNote</comment>
        <translation>La misma solicitud puede funcionar más tarde; respete Retry-After si se indica. Un proxy con forking sigue esperando otras ramas, y las reglas de desvío si ocupado se activan con 486.</translation>
    </message>
    <message>
        <source>Confirm the callee device was genuinely in use or had reached its call limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Confirme que el dispositivo del llamado estaba realmente en uso o había alcanzado su límite de llamadas.</translation>
    </message>
    <message>
        <source>Check concurrent call limits on the extension, trunk or SBC if busy appears while lines are idle.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise los límites de llamadas simultáneas en la extensión, la troncal o el SBC si aparece ocupado mientras las líneas están libres.</translation>
    </message>
    <message>
        <source>Configure call forward on busy or voicemail if callers should not hear busy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Configure el desvío si ocupado o el buzón de voz si los llamantes no deben oír el tono de ocupado.</translation>
    </message>
    <message>
        <source>For dialers and automated systems, honour Retry-After before redialling.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>En marcadores y sistemas automáticos, respete Retry-After antes de volver a marcar.</translation>
    </message>
    <message>
        <source>Suggests when the callee may be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Sugiere cuándo puede estar libre el llamado.</translation>
    </message>
    <message>
        <source>From gateways, may carry Q.850 cause 17 or a more specific cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Procedente de pasarelas, puede llevar la causa Q.850 17 u otra causa más específica.</translation>
    </message>
    <message>
        <source>A 600 Busy Everywhere says no location will take the call; as a 6xx it makes the proxy stop forking.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>Un 600 Busy Everywhere indica que ninguna ubicación aceptará la llamada; al ser 6xx, hace que el proxy deje de bifurcar.</translation>
    </message>
    <message>
        <source>A 480 means the callee could not be reached, not that it is busy.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Un 480 significa que no se pudo alcanzar al llamado, no que esté ocupado.</translation>
    </message>
    <message>
        <source>A 603 is an explicit decline rather than a busy condition.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es un rechazo explícito y no una situación de ocupado.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 486 to cause 17, user busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>RFC 3398 asigna 486 a la causa 17, user busy (usuario ocupado).</translation>
    </message>
</context>
<context>
    <name>sip:487</name>
    <message>
        <source>Request Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Solicitud terminada</translation>
    </message>
    <message>
        <source>The INVITE was ended by a CANCEL (or a BYE) before a final answer; normal when the caller hangs up.</source>
        <comment>summary</comment>
        <translation>El INVITE se terminó con un CANCEL (o un BYE) antes de una respuesta final; es normal cuando el llamante cuelga.</translation>
    </message>
    <message>
        <source>The final response to a pending INVITE that was stopped before it completed, almost always because a CANCEL arrived, or because a BYE ended the early dialog. It is a normal part of call flows rather than an error: the CANCEL gets its own 200 OK and the INVITE gets 487, which the caller acknowledges with ACK. RFC 3398 defines no Q.850 cause for it, since the call was cleared by the calling side.</source>
        <comment>description</comment>
        <translation>La respuesta final a un INVITE pendiente que se detuvo antes de completarse, casi siempre porque llegó un CANCEL o porque un BYE terminó el diálogo temprano. Es una parte normal de los flujos de llamada, no un error: el CANCEL recibe su propio 200 OK y el INVITE recibe 487, que el llamante confirma con ACK. RFC 3398 no define ninguna causa Q.850 para ella, ya que la llamada la liberó el lado llamante.</translation>
    </message>
    <message>
        <source>The caller hangs up while the phone is ringing. A parallel-ring or hunt group call is answered by one device and the proxy cancels the others, often with a Reason header saying the call was completed elsewhere. A no-answer timer on a PBX or proxy (for example Kamailio&apos;s fr_inv_timer or an Asterisk Dial timeout) cancels the branch before sending the call to voicemail.</source>
        <comment>seenWhen</comment>
        <translation>El llamante cuelga mientras el teléfono está sonando. Una llamada a un grupo de timbre en paralelo o de salto la contesta un dispositivo y el proxy cancela los demás, a menudo con una cabecera Reason que indica que la llamada se completó en otro lugar. Un temporizador de no respuesta en una PBX o un proxy (por ejemplo fr_inv_timer de Kamailio o el timeout de Dial de Asterisk) cancela la rama antes de enviar la llamada al buzón de voz.</translation>
    </message>
    <message>
        <source>The UAS or gateway that had the INVITE pending when CANCEL or BYE arrived, forwarded by proxies; B2BUAs generate it on their own leg.</source>
        <comment>sentBy</comment>
        <translation>El UAS o la pasarela que tenía el INVITE pendiente cuando llegó el CANCEL o el BYE, reenviada por los proxies; los B2BUA la generan en su propio tramo.</translation>
    </message>
    <message>
        <source>Nothing to retry: the caller or a proxy deliberately stopped the request. A proxy that cancelled branches moves on as planned, for example to voicemail or to the branch that answered.</source>
        <comment>retryNote</comment>
        <translation>No hay nada que reintentar: el llamante o un proxy detuvo la solicitud deliberadamente. Un proxy que canceló ramas continúa según lo previsto, por ejemplo hacia el buzón de voz o hacia la rama que contestó.</translation>
    </message>
    <message>
        <source>Find who sent the CANCEL from its Via and any Reason header: the caller, a proxy timer or a forking proxy.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Averigüe quién envió el CANCEL a partir de su Via y de cualquier cabecera Reason: el llamante, un temporizador de proxy o un proxy con forking.</translation>
    </message>
    <message>
        <source>If calls are cancelled too early, increase the ring timeout on the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si las llamadas se cancelan demasiado pronto, aumente el tiempo de timbre en la PBX o el proxy.</translation>
    </message>
    <message>
        <source>Check that the ACK for the 487 arrives; otherwise the UAS retransmits the 487 until Timer H gives up.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Compruebe que llega el ACK del 487; de lo contrario, el UAS retransmite el 487 hasta que Timer H se agota.</translation>
    </message>
    <message>
        <source>If a 200 OK and a 487 cross, make sure the caller sends BYE for the answered call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si un 200 OK y un 487 se cruzan, asegúrese de que el llamante envía BYE para la llamada contestada.</translation>
    </message>
    <message>
        <source>On the CANCEL, explains why it was sent, for example SIP;cause=200 for a call answered elsewhere.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>En el CANCEL, explica por qué se envió, por ejemplo SIP;cause=200 para una llamada contestada en otro lugar.</translation>
    </message>
    <message>
        <source>The 487 carries the INVITE&apos;s CSeq; the CANCEL&apos;s 200 OK is a separate response.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>El 487 lleva el CSeq del INVITE; el 200 OK del CANCEL es una respuesta aparte.</translation>
    </message>
    <message>
        <source>A CANCEL that matches no pending transaction gets 481 instead of producing a 487.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Un CANCEL que no coincide con ninguna transacción pendiente recibe 481 en lugar de producir un 487.</translation>
    </message>
    <message>
        <source>A 408 is a timeout, whereas 487 follows an explicit CANCEL.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Un 408 es un vencimiento de temporizador, mientras que 487 sigue a un CANCEL explícito.</translation>
    </message>
    <message>
        <source>A 603 is the callee declining, whereas 487 is the caller or proxy abandoning the attempt.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es el llamado rechazando, mientras que 487 es el llamante o un proxy abandonando el intento.</translation>
    </message>
</context>
<context>
    <name>sip:488</name>
    <message>
        <source>Not Acceptable Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No aceptable aquí</translation>
    </message>
    <message>
        <source>The SDP offer (codecs, media, transport, crypto) is not acceptable at this endpoint; check Warning.</source>
        <comment>summary</comment>
        <translation>La oferta SDP (códecs, medios, transporte, cifrado) no es aceptable en este terminal; revise Warning.</translation>
    </message>
    <message>
        <source>The UAS understood the request but cannot accept the session description: none of the offered codecs, media types, transports or security profiles work for it. It should include a Warning header explaining the problem, such as 305 Incompatible media format or 304 Media type not available. When 488 answers a re-INVITE, only the change is rejected and the existing call continues with its previous media.</source>
        <comment>description</comment>
        <translation>El UAS entendió la solicitud pero no puede aceptar la descripción de sesión: ninguno de los códecs, tipos de medios, transportes o perfiles de seguridad ofrecidos le sirve. Debe incluir una cabecera Warning que explique el problema, como 305 Incompatible media format o 304 Media type not available. Cuando 488 responde a un re-INVITE, solo se rechaza el cambio y la llamada existente continúa con sus medios anteriores.</translation>
    </message>
    <message>
        <source>A codec mismatch such as a G.729-only trunk receiving a G.711-only offer, or an Opus-only WebRTC client calling a legacy PBX without transcoding. The offer uses RTP/SAVP or DTLS-SRTP and the endpoint only accepts plain RTP/AVP, or the reverse. A re-INVITE switching to T.38 fax reaches a device without T.38, or video is offered to an audio-only endpoint.</source>
        <comment>seenWhen</comment>
        <translation>Una discrepancia de códecs, como una troncal solo G.729 que recibe una oferta solo G.711, o un cliente WebRTC solo Opus que llama a una PBX antigua sin transcodificación. La oferta usa RTP/SAVP o DTLS-SRTP y el terminal solo acepta RTP/AVP sin cifrar, o al revés. Un re-INVITE que cambia a fax T.38 llega a un dispositivo sin T.38, o se ofrece vídeo a un terminal solo de audio.</translation>
    </message>
    <message>
        <source>The called endpoint, PSTN gateway or SBC that evaluates the SDP offer and finds nothing it can accept.</source>
        <comment>sentBy</comment>
        <translation>El terminal llamado, la pasarela PSTN o el SBC que evalúa la oferta SDP y no encuentra nada que pueda aceptar.</translation>
    </message>
    <message>
        <source>Retry with a different offer, for example other codecs or a different transport profile, or route to a destination that supports the media. A router may try another trunk that offers transcoding.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una oferta diferente, por ejemplo con otros códecs o un perfil de transporte distinto, o enrute hacia un destino que admita esos medios. Un enrutador puede probar otra troncal que ofrezca transcodificación.</translation>
    </message>
    <message>
        <source>Read the Warning header for the specific reason given by the endpoint.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Warning para conocer el motivo concreto indicado por el terminal.</translation>
    </message>
    <message>
        <source>Compare the m= lines and a=rtpmap entries in the offer with the codecs and media the endpoint allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compare las líneas m= y las entradas a=rtpmap de la oferta con los códecs y medios que permite el terminal.</translation>
    </message>
    <message>
        <source>Align codec lists on the trunk, PBX or SBC, or enable transcoding for this route.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Alinee las listas de códecs en la troncal, la PBX o el SBC, o habilite la transcodificación para esta ruta.</translation>
    </message>
    <message>
        <source>Match the transport and crypto profile (RTP/AVP versus RTP/SAVP, SDES versus DTLS-SRTP) on both sides.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Haga coincidir el transporte y el perfil de cifrado (RTP/AVP frente a RTP/SAVP, SDES frente a DTLS-SRTP) en ambos lados.</translation>
    </message>
    <message>
        <source>For rejected T.38 re-INVITEs, fall back to G.711 fax passthrough; the call itself survives.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>Para los re-INVITE de T.38 rechazados, recurra al fax G.711 en modo passthrough; la llamada en sí se mantiene.</translation>
    </message>
    <message>
        <source>Usually carries a 3xx warn-code such as 305 or 304 naming the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Suele llevar un warn-code 3xx, como 305 o 304, que nombra el problema de medios.</translation>
    </message>
    <message>
        <source>May list the body types the endpoint takes if the body format was the problem.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>Puede enumerar los tipos de cuerpo que acepta el terminal si el problema era el formato del cuerpo.</translation>
    </message>
    <message>
        <source>A 606 says the session is unacceptable everywhere and stops forking; 488 only speaks for this endpoint.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Un 606 indica que la sesión no es aceptable en ningún lugar y detiene el forking; 488 solo se refiere a este terminal.</translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type itself, for example a non-SDP body.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Un 415 rechaza el propio tipo de medio del cuerpo, por ejemplo un cuerpo que no es SDP.</translation>
    </message>
    <message>
        <source>Warning 305 Incompatible media format is the most common explanation sent with 488.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 Incompatible media format es la explicación más habitual que acompaña a 488.</translation>
    </message>
    <message>
        <source>Gateways map 488 to cause 65, bearer capability not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>Las pasarelas asignan 488 a la causa 65, bearer capability not implemented (capacidad portadora no implementada).</translation>
    </message>
</context>
<context>
    <name>sip:489</name>
    <message>
        <source>Bad Event</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Evento incorrecto</translation>
    </message>
    <message>
        <source>The Event package in SUBSCRIBE, PUBLISH or NOTIFY is not supported; Allow-Events lists those that are.</source>
        <comment>summary</comment>
        <translation>El paquete de eventos de SUBSCRIBE, PUBLISH o NOTIFY no está soportado; Allow-Events enumera los que sí lo están.</translation>
    </message>
    <message>
        <source>The receiver does not support the event package named in the Event header of the request. Notifiers answer an unsupported SUBSCRIBE this way, presence servers use it for PUBLISH, and a subscriber can use it for a NOTIFY carrying an event it does not understand. The response should include Allow-Events with the packages the server does handle.</source>
        <comment>description</comment>
        <translation>El receptor no admite el paquete de eventos nombrado en la cabecera Event de la solicitud. Los notificadores responden así a un SUBSCRIBE no soportado, los servidores de presencia la usan para PUBLISH y un suscriptor puede usarla para un NOTIFY que lleva un evento que no entiende. La respuesta debe incluir Allow-Events con los paquetes que el servidor sí gestiona.</translation>
    </message>
    <message>
        <source>A phone sends SUBSCRIBE with Event: dialog for busy lamp field to a PBX or proxy without dialog event support. MWI subscriptions with Event: message-summary reach a server that does not provide voicemail notifications. Presence subscriptions or PUBLISH requests hit a plain registrar, or a device rejects an unsolicited NOTIFY such as a check-sync or reboot event it does not support.</source>
        <comment>seenWhen</comment>
        <translation>Un teléfono envía SUBSCRIBE con Event: dialog para BLF (busy lamp field) a una PBX o proxy sin soporte del evento dialog. Las suscripciones MWI con Event: message-summary llegan a un servidor que no proporciona notificaciones de buzón de voz. Las suscripciones de presencia o las solicitudes PUBLISH llegan a un registrador simple, o un dispositivo rechaza un NOTIFY no solicitado, como un evento check-sync o reboot que no admite.</translation>
    </message>
    <message>
        <source>Notifiers, presence servers and PBXs receiving SUBSCRIBE or PUBLISH for an unknown package, and UAs receiving a NOTIFY they cannot handle.</source>
        <comment>sentBy</comment>
        <translation>Notificadores, servidores de presencia y PBX que reciben SUBSCRIBE o PUBLISH para un paquete desconocido, y UA que reciben un NOTIFY que no pueden gestionar.</translation>
    </message>
    <message>
        <source>Only retry with an event package listed in Allow-Events. Repeating the same SUBSCRIBE will keep failing and may be rate-limited by the server.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con un paquete de eventos incluido en Allow-Events. Repetir el mismo SUBSCRIBE seguirá fallando y el servidor puede limitar su tasa.</translation>
    </message>
    <message>
        <source>Read Allow-Events in the 489 to see which packages the server supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea Allow-Events en el 489 para ver qué paquetes admite el servidor.</translation>
    </message>
    <message>
        <source>Enable the missing package on the server, for example presence, dialog or MWI support in the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite el paquete que falta en el servidor, por ejemplo el soporte de presence, dialog o MWI en la PBX o el proxy.</translation>
    </message>
    <message>
        <source>If the server will never support it, disable that feature or subscription on the device.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el servidor nunca lo va a admitir, desactive esa funcionalidad o suscripción en el dispositivo.</translation>
    </message>
    <message>
        <source>Check the Event header spelling and parameters against the package name the server expects.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Compruebe la ortografía y los parámetros de la cabecera Event frente al nombre de paquete que espera el servidor.</translation>
    </message>
    <message>
        <source>Lists the event packages the server supports.</source>
        <comment>header Allow-Events</comment>
        <extracomment>Why to inspect the Allow-Events header</extracomment>
        <translation>Enumera los paquetes de eventos que admite el servidor.</translation>
    </message>
    <message>
        <source>The package requested; check its name and parameters.</source>
        <comment>header Event</comment>
        <extracomment>Why to inspect the Event header</extracomment>
        <translation>El paquete solicitado; compruebe su nombre y sus parámetros.</translation>
    </message>
    <message>
        <source>A 405 says the SUBSCRIBE or PUBLISH method itself is not allowed there.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>Un 405 indica que el propio método SUBSCRIBE o PUBLISH no está permitido allí.</translation>
    </message>
    <message>
        <source>A 501 says the method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Un 501 indica que el método no está implementado en absoluto.</translation>
    </message>
    <message>
        <source>A 481 to a NOTIFY or refresh means the subscription no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Un 481 a un NOTIFY o a un refresco significa que la suscripción ya no existe.</translation>
    </message>
</context>
<context>
    <name>sip:491</name>
    <message>
        <source>Request Pending</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Solicitud pendiente</translation>
    </message>
    <message>
        <source>Glare: a re-INVITE or UPDATE crossed with one from the other side; back off and retry.</source>
        <comment>summary</comment>
        <translation>Glare: un re-INVITE o UPDATE se cruzó con otro del otro lado; espere y reintente.</translation>
    </message>
    <message>
        <source>The UAS received a request that would start a new offer/answer exchange while its own re-INVITE or UPDATE in the same dialog was still pending. Both sides usually get a 491 at the same moment. RFC 3261 section 14.1 resolves the tie with random timers: the side that generated the Call-ID waits 2.1 to 4 seconds before retrying, the other side waits up to 2 seconds, both in 10 ms steps.</source>
        <comment>description</comment>
        <translation>El UAS recibió una solicitud que iniciaría un nuevo intercambio oferta/respuesta mientras su propio re-INVITE o UPDATE en el mismo diálogo seguía pendiente. Ambos lados suelen recibir un 491 en el mismo momento. RFC 3261, sección 14.1, resuelve el empate con temporizadores aleatorios: el lado que generó el Call-ID espera entre 2,1 y 4 segundos antes de reintentar y el otro lado espera hasta 2 segundos, ambos en pasos de 10 ms.</translation>
    </message>
    <message>
        <source>Both parties put a call on hold or resume at the same time, or an SBC sends a session-timer refresh while a phone sends a hold re-INVITE. Two fax gateways both detect fax tones and each send a T.38 re-INVITE. A B2BUA renegotiating media during a transfer collides with a re-INVITE from an endpoint.</source>
        <comment>seenWhen</comment>
        <translation>Ambas partes ponen una llamada en espera o la reanudan al mismo tiempo, o un SBC envía un refresco del temporizador de sesión mientras un teléfono envía un re-INVITE de puesta en espera. Dos pasarelas de fax detectan tonos de fax y cada una envía un re-INVITE de T.38. Un B2BUA que renegocia los medios durante una transferencia colisiona con un re-INVITE de un terminal.</translation>
    </message>
    <message>
        <source>A UA or B2BUA that already has an outstanding offer in the dialog when the other side&apos;s re-INVITE or UPDATE arrives.</source>
        <comment>sentBy</comment>
        <translation>Un UA o B2BUA que ya tiene una oferta pendiente en el diálogo cuando llega el re-INVITE o UPDATE del otro lado.</translation>
    </message>
    <message>
        <source>Retry the same change after the randomised delay: 2.1 to 4 seconds if you generated the Call-ID, 0 to 2 seconds otherwise. The call remains up meanwhile with its previous media.</source>
        <comment>retryNote</comment>
        <translation>Reintente el mismo cambio tras el retardo aleatorio: de 2,1 a 4 segundos si usted generó el Call-ID, de 0 a 2 segundos en caso contrario. Mientras tanto, la llamada sigue activa con sus medios anteriores.</translation>
    </message>
    <message>
        <source>Check that each side retries after a random delay within the RFC 3261 ranges and does not retry instantly.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe que cada lado reintenta tras un retardo aleatorio dentro de los rangos de RFC 3261 y no reintenta al instante.</translation>
    </message>
    <message>
        <source>If 491 repeats endlessly, look for stacks using fixed or identical timers and correct them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si el 491 se repite sin fin, busque pilas que usen temporizadores fijos o idénticos y corríjalas.</translation>
    </message>
    <message>
        <source>Configure only one side to initiate the T.38 switch, for example the terminating gateway.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Configure un solo lado para que inicie el cambio a T.38, por ejemplo la pasarela de terminación.</translation>
    </message>
    <message>
        <source>Set the session timer refresher so only one side sends refreshes.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Configure el refresher del temporizador de sesión para que solo un lado envíe los refrescos.</translation>
    </message>
    <message>
        <source>Compare the CSeq numbers of the crossing requests to see which transactions collided.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>Compare los números CSeq de las solicitudes cruzadas para ver qué transacciones colisionaron.</translation>
    </message>
    <message>
        <source>Tells which side generated the dialog&apos;s Call-ID and so which back-off range applies.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation>Indica qué lado generó el Call-ID del diálogo y, por tanto, qué rango de espera se aplica.</translation>
    </message>
    <message>
        <source>A 500 with Retry-After is used for an overlapping INVITE with a lower CSeq, not for offer/answer glare.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Un 500 con Retry-After se usa para un INVITE solapado con un CSeq menor, no para el glare de oferta/respuesta.</translation>
    </message>
    <message>
        <source>A 488 rejects the offer&apos;s contents, while 491 rejects only its timing.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 rechaza el contenido de la oferta, mientras que 491 solo rechaza su momento.</translation>
    </message>
</context>
<context>
    <name>sip:493</name>
    <message>
        <source>Undecipherable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Indescifrable</translation>
    </message>
    <message>
        <source>The request had an encrypted S/MIME body that the UAS cannot decrypt.</source>
        <comment>summary</comment>
        <translation>La solicitud tenía un cuerpo S/MIME cifrado que el UAS no puede descifrar.</translation>
    </message>
    <message>
        <source>The UAS received a body protected with S/MIME encryption and has no suitable key, or does not support the algorithm used, so it cannot read the content. Without the body it cannot act on the request. S/MIME in SIP is rarely deployed, so this code mostly appears in specialised secure environments and test labs.</source>
        <comment>description</comment>
        <translation>El UAS recibió un cuerpo protegido con cifrado S/MIME y no tiene una clave adecuada, o no admite el algoritmo usado, por lo que no puede leer el contenido. Sin el cuerpo no puede actuar sobre la solicitud. S/MIME en SIP se despliega rara vez, así que este código aparece sobre todo en entornos seguros especializados y laboratorios de pruebas.</translation>
    </message>
    <message>
        <source>A secure SIP product encrypts the SDP with S/MIME toward a peer that does not support it. The sender encrypted with an old public key after the receiver rotated its certificate. Interoperability tests of S/MIME implementations with mismatched algorithms.</source>
        <comment>seenWhen</comment>
        <translation>Un producto SIP seguro cifra el SDP con S/MIME hacia un par que no lo admite. El emisor cifró con una clave pública antigua después de que el receptor renovara su certificado. Pruebas de interoperabilidad de implementaciones S/MIME con algoritmos que no coinciden.</translation>
    </message>
    <message>
        <source>A UAS that receives an application/pkcs7-mime body it cannot decrypt.</source>
        <comment>sentBy</comment>
        <translation>Un UAS que recibe un cuerpo application/pkcs7-mime que no puede descifrar.</translation>
    </message>
    <message>
        <source>Retry with a body encrypted for a key the receiver holds, or without S/MIME. Sending the same encrypted body again will fail.</source>
        <comment>retryNote</comment>
        <translation>Reintente con un cuerpo cifrado para una clave que tenga el receptor, o sin S/MIME. Enviar de nuevo el mismo cuerpo cifrado fallará.</translation>
    </message>
    <message>
        <source>Check that the sender used the receiver&apos;s current certificate for encryption.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe que el emisor usó el certificado vigente del receptor para el cifrado.</translation>
    </message>
    <message>
        <source>Compare the encryption algorithms supported by both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compare los algoritmos de cifrado que admiten ambos lados.</translation>
    </message>
    <message>
        <source>If end-to-end encryption of the body is not essential, turn off S/MIME and protect signalling with TLS (sips) instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el cifrado extremo a extremo del cuerpo no es imprescindible, desactive S/MIME y proteja la señalización con TLS (sips).</translation>
    </message>
    <message>
        <source>Shows the encrypted S/MIME body type in the rejected request.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Muestra el tipo de cuerpo S/MIME cifrado en la solicitud rechazada.</translation>
    </message>
    <message>
        <source>A 415 refuses a body type outright; 493 understands the type but cannot decrypt it.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Un 415 rechaza directamente un tipo de cuerpo; 493 entiende el tipo pero no puede descifrarlo.</translation>
    </message>
    <message>
        <source>A 400 is for malformed requests, whereas 493 concerns an encrypted body that is well formed but unreadable.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Un 400 es para solicitudes mal formadas, mientras que 493 se refiere a un cuerpo cifrado bien formado pero ilegible.</translation>
    </message>
</context>
<context>
    <name>sip:494</name>
    <message>
        <source>Security Agreement Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Se requiere acuerdo de seguridad</translation>
    </message>
    <message>
        <source>The server requires RFC 3329 security mechanism agreement (sec-agree) before it will process requests.</source>
        <comment>summary</comment>
        <translation>El servidor exige el acuerdo de mecanismo de seguridad de RFC 3329 (sec-agree) antes de procesar solicitudes.</translation>
    </message>
    <message>
        <source>The server insists on negotiating a security mechanism with the client, such as TLS, digest or IPsec, using the Security-Client, Security-Server and Security-Verify headers. The 494 carries Security-Server listing the mechanisms the server offers, typically with Require: sec-agree. The client chooses one, sets it up, and sends later requests over the protected channel with Security-Verify echoing the server&apos;s list.</source>
        <comment>description</comment>
        <translation>El servidor exige negociar con el cliente un mecanismo de seguridad, como TLS, digest o IPsec, mediante las cabeceras Security-Client, Security-Server y Security-Verify. El 494 lleva Security-Server con los mecanismos que ofrece el servidor, normalmente con Require: sec-agree. El cliente elige uno, lo establece y envía las solicitudes posteriores por el canal protegido con Security-Verify repitiendo la lista del servidor.</translation>
    </message>
    <message>
        <source>IMS and VoLTE: a UE or softclient sends REGISTER to a P-CSCF without sec-agree, or after its IPsec security associations expired sends a request on an unprotected port. A Security-Verify header that does not match what the server sent, for example because an SBC rewrote it, is also answered with 494. Outside IMS it is seldom used.</source>
        <comment>seenWhen</comment>
        <translation>IMS y VoLTE: un UE o cliente software envía REGISTER a un P-CSCF sin sec-agree o, tras caducar sus asociaciones de seguridad IPsec, envía una solicitud a un puerto no protegido. Una cabecera Security-Verify que no coincide con lo que envió el servidor, por ejemplo porque un SBC la reescribió, también se responde con 494. Fuera de IMS rara vez se usa.</translation>
    </message>
    <message>
        <source>A first-hop proxy or registrar, most often an IMS P-CSCF, whose policy requires a negotiated security mechanism before accepting requests.</source>
        <comment>sentBy</comment>
        <translation>Un proxy o registrador de primer salto, casi siempre un P-CSCF de IMS, cuya política exige un mecanismo de seguridad negociado antes de aceptar solicitudes.</translation>
    </message>
    <message>
        <source>Retry after completing the security negotiation and sending the request over the agreed mechanism with Security-Verify. The same unprotected request will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Reintente tras completar la negociación de seguridad y enviar la solicitud por el mecanismo acordado con Security-Verify. La misma solicitud sin protección volverá a ser rechazada.</translation>
    </message>
    <message>
        <source>Read the Security-Server header to see which mechanisms the server accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Security-Server para ver qué mecanismos acepta el servidor.</translation>
    </message>
    <message>
        <source>Enable sec-agree on the client so it sends Security-Client and lists sec-agree in Require and Proxy-Require.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite sec-agree en el cliente para que envíe Security-Client e incluya sec-agree en Require y Proxy-Require.</translation>
    </message>
    <message>
        <source>Set up the chosen mechanism (TLS or IPsec-3gpp security associations) and send later requests on the protected ports.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Establezca el mecanismo elegido (TLS o asociaciones de seguridad ipsec-3gpp) y envíe las solicitudes posteriores por los puertos protegidos.</translation>
    </message>
    <message>
        <source>Make sure Security-Verify is copied exactly from the server&apos;s Security-Server and that no middlebox alters these headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Asegúrese de que Security-Verify se copia exactamente del Security-Server del servidor y de que ningún equipo intermedio altera estas cabeceras.</translation>
    </message>
    <message>
        <source>Lists the mechanisms and parameters the server supports.</source>
        <comment>header Security-Server</comment>
        <extracomment>Why to inspect the Security-Server header</extracomment>
        <translation>Enumera los mecanismos y parámetros que admite el servidor.</translation>
    </message>
    <message>
        <source>What the client offered; missing or mismatched entries cause the rejection.</source>
        <comment>header Security-Client</comment>
        <extracomment>Why to inspect the Security-Client header</extracomment>
        <translation>Lo que ofreció el cliente; las entradas ausentes o discrepantes provocan el rechazo.</translation>
    </message>
    <message>
        <source>Must mirror the server&apos;s list on protected requests.</source>
        <comment>header Security-Verify</comment>
        <extracomment>Why to inspect the Security-Verify header</extracomment>
        <translation>Debe reproducir la lista del servidor en las solicitudes protegidas.</translation>
    </message>
    <message>
        <source>Normally contains sec-agree in the 494.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Normalmente contiene sec-agree en el 494.</translation>
    </message>
    <message>
        <source>A 421 is the generic missing-extension response; 494 is specific to security agreement.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Un 421 es la respuesta genérica por extensión ausente; 494 es específica del acuerdo de seguridad.</translation>
    </message>
    <message>
        <source>A 401 asks for credentials, which in IMS often comes in the same exchange as sec-agree setup.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>Un 401 solicita credenciales, lo que en IMS suele llegar en el mismo intercambio que el establecimiento de sec-agree.</translation>
    </message>
    <message>
        <source>A 420 appears if sec-agree was required but the server does not implement it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Aparece un 420 si se exigió sec-agree pero el servidor no lo implementa.</translation>
    </message>
</context>
<context>
    <name>sip:500</name>
    <message>
        <source>Server Internal Error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>The server hit an unexpected condition and could not complete an otherwise valid request.</source>
        <comment>summary</comment>
        <translation>El servidor se encontró con una condición inesperada y no pudo completar una solicitud que por lo demás era válida.</translation>
    </message>
    <message>
        <source>A 500 is the generic server-side failure: the request itself looked fine, but something broke while the server was processing it. RFC 3261 also prescribes 500 for a few protocol situations, such as a mid-dialog request whose CSeq is lower than the last one seen, or a second INVITE in a dialog that arrives before the UAS has answered the previous one. The response may carry Retry-After to say when the request can be tried again.</source>
        <comment>description</comment>
        <translation>Un 500 es el fallo genérico del lado servidor: la solicitud en sí parecía correcta, pero algo falló mientras el servidor la procesaba. RFC 3261 también prescribe 500 para algunas situaciones de protocolo, como una solicitud dentro de diálogo cuyo CSeq es menor que el último visto, o un segundo INVITE en un diálogo que llega antes de que el UAS haya respondido al anterior. La respuesta puede llevar Retry-After para indicar cuándo puede volver a intentarse la solicitud.</translation>
    </message>
    <message>
        <source>You see it when a PBX, SBC or application server throws an exception, loses its database or media resource, or runs into a script error in its routing logic. It is also what a stateful proxy sends upstream when its only downstream answer was a 503, so a 500 at the edge may hide a 503 further in. A re-INVITE sent before the previous one was answered gets a 500 with a random Retry-After of up to 10 seconds.</source>
        <comment>seenWhen</comment>
        <translation>La verá cuando una PBX, SBC o servidor de aplicaciones lanza una excepción, pierde su base de datos o su recurso de medios, o se encuentra con un error de script en su lógica de enrutamiento. También es lo que envía aguas arriba un proxy con estado cuando su única respuesta aguas abajo fue un 503, así que un 500 en el borde puede ocultar un 503 más adentro. Un re-INVITE enviado antes de que se respondiera al anterior recibe un 500 con un Retry-After aleatorio de hasta 10 segundos.</translation>
    </message>
    <message>
        <source>Any server that fails internally, most often a PBX, SBC, application server or PSTN gateway. Proxies also generate it in place of a downstream 503.</source>
        <comment>sentBy</comment>
        <translation>Cualquier servidor que falla internamente, sobre todo una PBX, SBC, servidor de aplicaciones o pasarela PSTN. Los proxies también la generan en lugar de un 503 procedente de aguas abajo.</translation>
    </message>
    <message>
        <source>The same request may be sent again after a few seconds, or after the Retry-After interval when one is given. A router with alternative routes can also fail over, since the problem is usually local to the server that answered.</source>
        <comment>retryNote</comment>
        <translation>La misma solicitud puede volver a enviarse tras unos segundos, o tras el intervalo de Retry-After si se indica. Un enrutador con rutas alternativas también puede conmutar, ya que el problema suele ser local al servidor que respondió.</translation>
    </message>
    <message>
        <source>Read the Reason and Warning headers and the Server or User-Agent header to identify which element generated the 500.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea las cabeceras Reason y Warning y la cabecera Server o User-Agent para identificar qué elemento generó el 500.</translation>
    </message>
    <message>
        <source>Check that element&apos;s logs for the Call-ID at the same timestamp; look for crashes, script errors, database or license failures.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise los logs de ese elemento para el Call-ID en la misma marca de tiempo; busque caídas, errores de script y fallos de base de datos o de licencias.</translation>
    </message>
    <message>
        <source>If it came from a proxy, trace the downstream leg to see whether a 503 or timeout was converted into 500.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si procede de un proxy, siga el tramo aguas abajo para ver si un 503 o un vencimiento de temporizador se convirtió en 500.</translation>
    </message>
    <message>
        <source>For a 500 on a re-INVITE, check whether the sender issued a new offer before the previous re-INVITE was answered, and wait for the Retry-After interval before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Para un 500 a un re-INVITE, compruebe si el emisor lanzó una nueva oferta antes de que se respondiera al re-INVITE anterior, y espere el intervalo de Retry-After antes de reenviar.</translation>
    </message>
    <message>
        <source>When present it says how many seconds to wait before sending the same request again, as in the overlapping re-INVITE case.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Cuando está presente, indica cuántos segundos esperar antes de volver a enviar la misma solicitud, como en el caso del re-INVITE solapado.</translation>
    </message>
    <message>
        <source>A gateway may put the real cause here, for example a Q.850 cause from the PSTN side.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Una pasarela puede poner aquí la causa real, por ejemplo una causa Q.850 del lado PSTN.</translation>
    </message>
    <message>
        <source>Identifies the product that failed, which tells you whose logs to read.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>Identifica el producto que falló, lo que le indica qué logs debe leer.</translation>
    </message>
    <message>
        <source>A 503 says the server is overloaded or in maintenance and invites failover; 500 is an unexpected error.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Un 503 indica que el servidor está sobrecargado o en mantenimiento e invita a conmutar; 500 es un error inesperado.</translation>
    </message>
    <message>
        <source>A 504 blames a timeout toward another server rather than an internal fault.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>Un 504 atribuye el fallo a un vencimiento de temporizador hacia otro servidor y no a un fallo interno.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 500 to Q.850 cause 41 (temporary failure) toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 asigna 500 a la causa Q.850 41 (temporary failure, fallo temporal) hacia ISUP.</translation>
    </message>
</context>
<context>
    <name>sip:501</name>
    <message>
        <source>Not Implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No implementado</translation>
    </message>
    <message>
        <source>The server does not support the functionality needed to handle the request, usually an unknown method.</source>
        <comment>summary</comment>
        <translation>El servidor no admite la funcionalidad necesaria para tratar la solicitud, normalmente un método desconocido.</translation>
    </message>
    <message>
        <source>A 501 means the server lacks the capability to process the request at all, typically because it does not recognise the request method for any user. It differs from 405, which is used when the method is known but not allowed for the target resource. Proxies forward requests regardless of method, so a 501 nearly always comes from the far endpoint or a B2BUA.</source>
        <comment>description</comment>
        <translation>Un 501 significa que el servidor carece de la capacidad de procesar la solicitud en absoluto, normalmente porque no reconoce el método de la solicitud para ningún usuario. Se diferencia de 405, que se usa cuando el método se conoce pero no está permitido para el recurso de destino. Los proxies reenvían las solicitudes sea cual sea el método, así que un 501 casi siempre procede del terminal remoto o de un B2BUA.</translation>
    </message>
    <message>
        <source>It shows up when a UA sends a method the other side never implemented, such as UPDATE, PRACK, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE to an older phone, gateway or PBX. It is also common when DTMF is sent with INFO to a device that only supports RFC 4733 events, or when a keepalive OPTIONS hits a minimal SIP stack.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un UA envía un método que el otro lado nunca implementó, como UPDATE, PRACK, INFO, MESSAGE, REFER, PUBLISH o SUBSCRIBE a un teléfono, pasarela o PBX antiguos. También es habitual cuando se envía DTMF con INFO a un dispositivo que solo admite eventos RFC 4733, o cuando un OPTIONS de keepalive llega a una pila SIP mínima.</translation>
    </message>
    <message>
        <source>Endpoints, B2BUAs and gateways whose SIP stack does not implement the method. A proxy normally does not send it because it forwards unknown methods.</source>
        <comment>sentBy</comment>
        <translation>Terminales, B2BUA y pasarelas cuya pila SIP no implementa el método. Un proxy normalmente no la envía, porque reenvía los métodos desconocidos.</translation>
    </message>
    <message>
        <source>Resending the same method to the same server will fail again. Retry only with a different mechanism, for example a re-INVITE instead of UPDATE.</source>
        <comment>retryNote</comment>
        <translation>Reenviar el mismo método al mismo servidor volverá a fallar. Reintente solo con un mecanismo diferente, por ejemplo un re-INVITE en lugar de UPDATE.</translation>
    </message>
    <message>
        <source>Look at the CSeq method of the failed transaction to see which method was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine el método del CSeq de la transacción fallida para ver qué método se rechazó.</translation>
    </message>
    <message>
        <source>Send OPTIONS to the peer, or read its Allow header in earlier responses, to see which methods it supports.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Envíe OPTIONS al par, o lea su cabecera Allow en respuestas anteriores, para ver qué métodos admite.</translation>
    </message>
    <message>
        <source>Change the configuration to avoid that method, for example use re-INVITE instead of UPDATE or RFC 4733 DTMF instead of SIP INFO.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Cambie la configuración para evitar ese método, por ejemplo use re-INVITE en lugar de UPDATE o DTMF RFC 4733 en lugar de SIP INFO.</translation>
    </message>
    <message>
        <source>If a B2BUA sits in the path, check whether it drops or refuses methods it does not relay.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si hay un B2BUA en la ruta, compruebe si descarta o rechaza los métodos que no retransmite.</translation>
    </message>
    <message>
        <source>Its method name tells you which request type the server rejected.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>Su nombre de método indica qué tipo de solicitud rechazó el servidor.</translation>
    </message>
    <message>
        <source>If the server included it, it lists the methods the server does support.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation>Si el servidor la incluyó, enumera los métodos que sí admite.</translation>
    </message>
    <message>
        <source>A 405 means the method is recognised but not allowed for this resource; 501 means it is not implemented.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>Un 405 significa que el método se reconoce pero no está permitido para este recurso; 501 significa que no está implementado.</translation>
    </message>
    <message>
        <source>A 420 refuses an extension named in Require, not a method.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Un 420 rechaza una extensión nombrada en Require, no un método.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 501 to Q.850 cause 79 (service or option not implemented).</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 asigna 501 a la causa Q.850 79 (service or option not implemented, servicio u opción no implementado).</translation>
    </message>
</context>
<context>
    <name>sip:502</name>
    <message>
        <source>Bad Gateway</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Pasarela incorrecta</translation>
    </message>
    <message>
        <source>A proxy or gateway received an invalid response from the next server it contacted.</source>
        <comment>summary</comment>
        <translation>Un proxy o pasarela recibió una respuesta no válida del siguiente servidor con el que contactó.</translation>
    </message>
    <message>
        <source>A 502 is sent by an element acting as a gateway or proxy when the downstream server it relied on answered with something it could not use. The problem lies beyond the element that sent the 502, not in the original request. Gateways toward the PSTN also use it when the far network reports that the destination is out of order.</source>
        <comment>description</comment>
        <translation>Un 502 lo envía un elemento que actúa como pasarela o proxy cuando el servidor aguas abajo del que dependía respondió con algo que no pudo usar. El problema está más allá del elemento que envió el 502, no en la solicitud original. Las pasarelas hacia la PSTN también la usan cuando la red remota informa de que el destino está fuera de servicio.</translation>
    </message>
    <message>
        <source>You see it from SBCs and proxies when the carrier or PBX behind them returns a malformed response, drops the connection mid-transaction, or answers with a message that fails parsing. PSTN gateways map ISUP cause 27 (destination out of order) to 502, so it often appears when the called line or its terminating switch is down.</source>
        <comment>seenWhen</comment>
        <translation>La verá en SBC y proxies cuando el operador o la PBX que tienen detrás devuelven una respuesta mal formada, cortan la conexión a mitad de transacción o responden con un mensaje que no supera el análisis. Las pasarelas PSTN asignan la causa ISUP 27 (destination out of order) a 502, por lo que suele aparecer cuando la línea llamada o su central de terminación está caída.</translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that relay the request to another server and could not use the answer they received.</source>
        <comment>sentBy</comment>
        <translation>Proxies, SBC y pasarelas PSTN que retransmiten la solicitud a otro servidor y no pudieron usar la respuesta recibida.</translation>
    </message>
    <message>
        <source>The request itself may be fine, so a router should try another route or carrier. Resending to the same path usually fails until the downstream element is fixed.</source>
        <comment>retryNote</comment>
        <translation>La solicitud en sí puede ser correcta, así que un enrutador debe probar otra ruta u otro operador. Reenviar por la misma ruta suele fallar hasta que se corrija el elemento aguas abajo.</translation>
    </message>
    <message>
        <source>Capture the downstream leg on the element that sent the 502 and inspect the response it got from the next hop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Capture el tramo aguas abajo en el elemento que envió el 502 e inspeccione la respuesta que recibió del siguiente salto.</translation>
    </message>
    <message>
        <source>Check that response for parsing problems such as bad Via, broken Content-Length, or invalid SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise esa respuesta en busca de problemas de análisis, como un Via incorrecto, un Content-Length defectuoso o un SDP no válido.</translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause, which points at a PSTN-side failure such as cause 27 or 38.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Lea cualquier cabecera Reason en busca de una causa Q.850, que apunta a un fallo en el lado PSTN como la causa 27 o 38.</translation>
    </message>
    <message>
        <source>Fail over to another trunk or route while the downstream issue is fixed.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Conmute a otra troncal u otra ruta mientras se corrige el problema aguas abajo.</translation>
    </message>
    <message>
        <source>Often carries the Q.850 cause reported by the PSTN side of a gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Suele llevar la causa Q.850 notificada por el lado PSTN de una pasarela.</translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text naming the downstream peer or the parse error.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Algunos SBC añaden un texto 399 que nombra el par aguas abajo o el error de análisis.</translation>
    </message>
    <message>
        <source>A 504 means the downstream server did not answer in time rather than answering badly.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>Un 504 significa que el servidor aguas abajo no respondió a tiempo, no que respondiera mal.</translation>
    </message>
    <message>
        <source>A 503 means the server that answered is itself unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Un 503 significa que el servidor que respondió no está disponible él mismo.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 502 to Q.850 cause 38 (network out of order).</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>RFC 3398 asigna 502 a la causa Q.850 38 (network out of order, red fuera de servicio).</translation>
    </message>
</context>
<context>
    <name>sip:503</name>
    <message>
        <source>Service Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>The server is temporarily overloaded or in maintenance; try an alternate server, honouring Retry-After.</source>
        <comment>summary</comment>
        <translation>El servidor está temporalmente sobrecargado o en mantenimiento; pruebe un servidor alternativo, respetando Retry-After.</translation>
    </message>
    <message>
        <source>A 503 says the server cannot handle requests right now because of overload or maintenance. With Retry-After it tells the client how long to avoid that server; without it, the client must treat the answer like a 500. A client that gets 503 should move on to the next server from RFC 3263 DNS SRV or NAPTR resolution, and a proxy should not pass a 503 upstream unless it knows every request it could route would fail, sending 500 instead.</source>
        <comment>description</comment>
        <translation>Un 503 indica que el servidor no puede atender solicitudes en este momento por sobrecarga o mantenimiento. Con Retry-After indica al cliente durante cuánto tiempo evitar ese servidor; sin él, el cliente debe tratar la respuesta como un 500. Un cliente que recibe 503 debe pasar al siguiente servidor de la resolución DNS SRV o NAPTR de RFC 3263, y un proxy no debe pasar un 503 aguas arriba salvo que sepa que fallaría cualquier solicitud que pudiera enrutar, enviando 500 en su lugar.</translation>
    </message>
    <message>
        <source>Typical cases are a registrar or PBX in maintenance, a proxy with no reachable destination in its dispatcher set, a trunk over its concurrent call limit, or an SBC shedding load. From carriers a 503 without Retry-After usually reflects a PSTN failure and comes with Reason: Q.850;cause=34 (no circuit available), 38 (network out of order), 41 (temporary failure) or 42 (switching equipment congestion).</source>
        <comment>seenWhen</comment>
        <translation>Los casos típicos son un registrador o PBX en mantenimiento, un proxy sin ningún destino alcanzable en su conjunto de dispatcher, una troncal por encima de su límite de llamadas simultáneas o un SBC que descarta carga. Procedente de operadores, un 503 sin Retry-After suele reflejar un fallo en la PSTN y viene con Reason: Q.850;cause=34 (no circuit available, ningún circuito disponible), 38 (network out of order, red fuera de servicio), 41 (temporary failure, fallo temporal) o 42 (switching equipment congestion, congestión del equipo de conmutación).</translation>
    </message>
    <message>
        <source>Servers that are overloaded or administratively down, and carrier gateways reporting congestion on the PSTN side. Proxies also send it when no downstream destination is available.</source>
        <comment>sentBy</comment>
        <translation>Servidores sobrecargados o fuera de servicio por administración, y pasarelas de operador que informan de congestión en el lado PSTN. Los proxies también la envían cuando no hay ningún destino aguas abajo disponible.</translation>
    </message>
    <message>
        <source>Forward the request to the next server from DNS SRV or the configured route list and do not send new requests to this server for the Retry-After period. A proxy whose only downstream answer is 503 should return 500 upstream so that the caller does not blacklist the proxy itself.</source>
        <comment>retryNote</comment>
        <translation>Reenvíe la solicitud al siguiente servidor de DNS SRV o de la lista de rutas configurada y no envíe nuevas solicitudes a este servidor durante el periodo de Retry-After. Un proxy cuya única respuesta aguas abajo es 503 debe devolver 500 aguas arriba para que el llamante no ponga en lista negra al propio proxy.</translation>
    </message>
    <message>
        <source>Check for Retry-After: if present, the server is asking to be left alone for that many seconds, so send traffic to another SRV target meanwhile.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si hay Retry-After: si está presente, el servidor pide que se le deje tranquilo durante esos segundos, así que envíe mientras tanto el tráfico a otro destino SRV.</translation>
    </message>
    <message>
        <source>Read the Reason header for a Q.850 cause to tell trunk congestion (34, 42) from network faults (38, 41).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lea la cabecera Reason en busca de una causa Q.850 para distinguir la congestión de troncal (34, 42) de los fallos de red (38, 41).</translation>
    </message>
    <message>
        <source>Check channel or call limits, licenses and registration state on the trunk or PBX that answered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise los límites de canales o de llamadas, las licencias y el estado de registro en la troncal o PBX que respondió.</translation>
    </message>
    <message>
        <source>Make sure DNS SRV or the dialer/dispatcher list has a working secondary and that failover on 503 is enabled.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Asegúrese de que DNS SRV o la lista de dialer/dispatcher tiene un secundario operativo y de que la conmutación ante 503 está habilitada.</translation>
    </message>
    <message>
        <source>Tells how many seconds to avoid this server; without it the response is handled like a 500.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Indica durante cuántos segundos evitar este servidor; sin ella, la respuesta se trata como un 500.</translation>
    </message>
    <message>
        <source>Carrier gateways put the Q.850 cause here, for example cause=34 or cause=41.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Las pasarelas de operador ponen aquí la causa Q.850, por ejemplo cause=34 o cause=41.</translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text such as a call limit or capacity message.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Algunos SBC añaden un texto 399, como un mensaje de límite de llamadas o de capacidad.</translation>
    </message>
    <message>
        <source>A 500 is a generic failure; a 503 without Retry-After is handled as if it were a 500.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Un 500 es un fallo genérico; un 503 sin Retry-After se trata como si fuera un 500.</translation>
    </message>
    <message>
        <source>A 480 says the callee is unavailable, not the server.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Un 480 indica que el no disponible es el llamado, no el servidor.</translation>
    </message>
    <message>
        <source>No circuit available; RFC 3398 maps this ISUP cause to 503.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>No circuit available (ningún circuito disponible); RFC 3398 asigna esta causa ISUP a 503.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 503 to cause 41 (temporary failure) and causes 38, 41 and 42 back to 503.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 asigna 503 a la causa 41 (temporary failure, fallo temporal) y las causas 38, 41 y 42 de vuelta a 503.</translation>
    </message>
</context>
<context>
    <name>sip:504</name>
    <message>
        <source>Server Time-out</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Tiempo de espera del servidor agotado</translation>
    </message>
    <message>
        <source>The server gave up waiting for another server it needed, such as DNS, a database or the next hop.</source>
        <comment>summary</comment>
        <translation>El servidor dejó de esperar a otro servidor que necesitaba, como el DNS, una base de datos o el siguiente salto.</translation>
    </message>
    <message>
        <source>A 504 means the server tried to use some external server to process the request and did not get a timely answer. The failure is upstream of the server that replied, not in the request. RFC 3261 reserves 408 for the case where no answer arrived within the time given by Expires, but in practice many SBCs and gateways use 504 when their next hop stays silent.</source>
        <comment>description</comment>
        <translation>Un 504 significa que el servidor intentó usar algún servidor externo para procesar la solicitud y no obtuvo respuesta a tiempo. El fallo está aguas arriba del servidor que respondió, no en la solicitud. RFC 3261 reserva 408 para el caso en que no llega ninguna respuesta en el tiempo indicado por Expires, pero en la práctica muchos SBC y pasarelas usan 504 cuando su siguiente salto permanece en silencio.</translation>
    </message>
    <message>
        <source>You see it when a proxy&apos;s DNS lookup for the next hop times out, when an application server waits too long on a database, ENUM or LNP dip, or when an SBC&apos;s INVITE to the carrier gets no response before Timer B fires. Microsoft Teams Direct Routing and many trunks report 504 when the SBC or gateway behind them does not respond.</source>
        <comment>seenWhen</comment>
        <translation>La verá cuando la consulta DNS de un proxy para el siguiente salto agota el tiempo de espera, cuando un servidor de aplicaciones espera demasiado a una consulta de base de datos, ENUM o LNP, o cuando el INVITE de un SBC hacia el operador no obtiene respuesta antes de que venza Timer B. Microsoft Teams Direct Routing y muchas troncales informan 504 cuando el SBC o la pasarela que tienen detrás no responde.</translation>
    </message>
    <message>
        <source>Proxies, SBCs and gateways that depend on another server or lookup that timed out.</source>
        <comment>sentBy</comment>
        <translation>Proxies, SBC y pasarelas que dependen de otro servidor o de una consulta que agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>Try an alternative route or server right away if one exists. Resending to the same path is only useful once the unreachable host or lookup recovers.</source>
        <comment>retryNote</comment>
        <translation>Pruebe de inmediato una ruta o un servidor alternativo si existe. Reenviar por la misma ruta solo es útil cuando el host inalcanzable o la consulta se recuperan.</translation>
    </message>
    <message>
        <source>Find which element sent the 504 from Via and Server headers, then look at its outbound leg for the unanswered request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Averigüe qué elemento envió el 504 a partir de las cabeceras Via y Server, y examine después su tramo saliente en busca de la solicitud sin respuesta.</translation>
    </message>
    <message>
        <source>Check DNS resolution (NAPTR, SRV, A records) for the next hop and the reachability of that host on the right transport and port.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe la resolución DNS (registros NAPTR, SRV, A) del siguiente salto y la alcanzabilidad de ese host en el transporte y puerto correctos.</translation>
    </message>
    <message>
        <source>Check firewalls and NAT for dropped SIP, especially large UDP INVITEs that fragment.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise los firewalls y el NAT en busca de SIP descartado, sobre todo INVITE UDP grandes que se fragmentan.</translation>
    </message>
    <message>
        <source>Review timeouts on database, ENUM or routing lookups and add a secondary next hop.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Revise los tiempos de espera de las consultas de base de datos, ENUM o enrutamiento y añada un siguiente salto secundario.</translation>
    </message>
    <message>
        <source>May name the timeout, for example Q.850 cause 102, on gateways.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>En las pasarelas, puede nombrar el vencimiento del temporizador, por ejemplo con la causa Q.850 102.</translation>
    </message>
    <message>
        <source>Some products add a 399 text naming the host or lookup that timed out.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Algunos productos añaden un texto 399 que nombra el host o la consulta que agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>A 408 is the standard code for no final answer from the callee side within the transaction timeout.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Un 408 es el código estándar para la ausencia de respuesta final del lado llamado dentro del tiempo de espera de la transacción.</translation>
    </message>
    <message>
        <source>A 503 is an explicit refusal due to overload rather than silence.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Un 503 es un rechazo explícito por sobrecarga, no un silencio.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 504 to Q.850 cause 102 (recovery on timer expiry).</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation>RFC 3398 asigna 504 a la causa Q.850 102 (recovery on timer expiry, recuperación por vencimiento de temporizador).</translation>
    </message>
</context>
<context>
    <name>sip:505</name>
    <message>
        <source>Version Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Versión no soportada</translation>
    </message>
    <message>
        <source>The server does not support the SIP protocol version used in the request.</source>
        <comment>summary</comment>
        <translation>El servidor no admite la versión del protocolo SIP usada en la solicitud.</translation>
    </message>
    <message>
        <source>A 505 rejects the request because the version string in the request line, such as something other than SIP/2.0, is not supported. Since nearly all deployed equipment speaks SIP/2.0, a 505 usually points to a broken or non-SIP sender rather than a real version mismatch.</source>
        <comment>description</comment>
        <translation>Un 505 rechaza la solicitud porque la cadena de versión de la línea de solicitud, como cualquier cosa distinta de SIP/2.0, no está soportada. Como casi todos los equipos desplegados hablan SIP/2.0, un 505 suele apuntar a un emisor defectuoso o que no es SIP, más que a una verdadera discrepancia de versiones.</translation>
    </message>
    <message>
        <source>It appears with scanners and fuzzers sending odd request lines, with old SIP/1.0 devices, with HTTP or other traffic aimed at port 5060, and with buggy stacks or header manipulation rules that corrupt the request line or Via sent-protocol.</source>
        <comment>seenWhen</comment>
        <translation>Aparece con escáneres y fuzzers que envían líneas de solicitud extrañas, con dispositivos SIP/1.0 antiguos, con HTTP u otro tráfico dirigido al puerto 5060, y con pilas defectuosas o reglas de manipulación de cabeceras que corrompen la línea de solicitud o el sent-protocol del Via.</translation>
    </message>
    <message>
        <source>Any SIP server that parses a request with an unsupported version string.</source>
        <comment>sentBy</comment>
        <translation>Cualquier servidor SIP que analiza una solicitud con una cadena de versión no soportada.</translation>
    </message>
    <message>
        <source>The request can only succeed if it is resent with SIP/2.0. Do not retry unchanged.</source>
        <comment>retryNote</comment>
        <translation>La solicitud solo puede tener éxito si se reenvía con SIP/2.0. No reintente sin cambios.</translation>
    </message>
    <message>
        <source>Inspect the raw request line and Via headers for the protocol version string.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine la línea de solicitud en bruto y las cabeceras Via en busca de la cadena de versión del protocolo.</translation>
    </message>
    <message>
        <source>Check SBC or proxy header manipulation rules that rewrite the request line.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise las reglas de manipulación de cabeceras del SBC o del proxy que reescriben la línea de solicitud.</translation>
    </message>
    <message>
        <source>Identify the source IP; if it is a scanner, block it rather than troubleshooting further.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Identifique la IP de origen; si es un escáner, bloquéela en lugar de seguir investigando.</translation>
    </message>
    <message>
        <source>Each Via carries the protocol name and version, which must also read SIP/2.0.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Cada Via lleva el nombre y la versión del protocolo, que también deben ser SIP/2.0.</translation>
    </message>
    <message>
        <source>A 400 covers other malformed requests; 505 is specific to the version string.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Un 400 cubre otras solicitudes mal formadas; 505 es específica de la cadena de versión.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 505 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 asigna 505 a la causa Q.850 127 (interworking, unspecified; interfuncionamiento sin especificar).</translation>
    </message>
</context>
<context>
    <name>sip:513</name>
    <message>
        <source>Message Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <source>The request is longer than the server is able to process.</source>
        <comment>summary</comment>
        <translation>La solicitud es más larga de lo que el servidor es capaz de procesar.</translation>
    </message>
    <message>
        <source>A 513 means the whole message exceeded the size the server can handle. It is closely linked to transport choice: RFC 3261 requires a request that exceeds 1300 bytes (when the path MTU is unknown) or comes within 200 bytes of the path MTU to be sent over a congestion-controlled transport such as TCP instead of UDP.</source>
        <comment>description</comment>
        <translation>Un 513 significa que el mensaje completo superó el tamaño que el servidor puede gestionar. Está estrechamente ligado a la elección del transporte: RFC 3261 exige que una solicitud que supere 1300 bytes (cuando se desconoce la MTU de la ruta) o que quede a menos de 200 bytes de la MTU de la ruta se envíe por un transporte con control de congestión, como TCP, en lugar de UDP.</translation>
    </message>
    <message>
        <source>It happens with large INVITEs carrying long SDP with many codecs, ICE candidates, crypto lines or video, with multipart bodies, or after many Via and Record-Route headers have been added. Some SBCs and older phones answer 513 when a UDP datagram exceeds their buffer, and fragmented UDP is often dropped by NAT and firewalls before it even arrives.</source>
        <comment>seenWhen</comment>
        <translation>Ocurre con INVITE grandes que llevan un SDP largo con muchos códecs, candidatos ICE, líneas crypto o vídeo, con cuerpos multipart, o después de que se hayan añadido muchas cabeceras Via y Record-Route. Algunos SBC y teléfonos antiguos responden 513 cuando un datagrama UDP supera su búfer, y el UDP fragmentado a menudo lo descartan el NAT y los firewalls antes incluso de llegar.</translation>
    </message>
    <message>
        <source>Endpoints, proxies and SBCs whose receive buffer or policy limits message length.</source>
        <comment>sentBy</comment>
        <translation>Terminales, proxies y SBC cuyo búfer de recepción o cuya política limita la longitud de los mensajes.</translation>
    </message>
    <message>
        <source>Resend only after shrinking the message or switching to TCP or TLS. The same message over the same transport will fail again.</source>
        <comment>retryNote</comment>
        <translation>Reenvíe solo después de reducir el mensaje o de cambiar a TCP o TLS. El mismo mensaje por el mismo transporte volverá a fallar.</translation>
    </message>
    <message>
        <source>Check the message size and transport in the trace; a UDP INVITE above roughly 1300 bytes is a red flag.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el tamaño del mensaje y el transporte en la traza; un INVITE UDP de más de unos 1300 bytes es una señal de alarma.</translation>
    </message>
    <message>
        <source>Switch the trunk or phone to TCP or TLS so large messages are not fragmented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Cambie la troncal o el teléfono a TCP o TLS para que los mensajes grandes no se fragmenten.</translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, and drop unnecessary headers added by header manipulation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reduzca el SDP eliminando los códecs no usados y suprima las cabeceras innecesarias añadidas por la manipulación de cabeceras.</translation>
    </message>
    <message>
        <source>Enable compact header forms if the devices support them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Habilite las formas compactas de cabecera si los dispositivos las admiten.</translation>
    </message>
    <message>
        <source>Shows the body size, which is usually the bulk of an oversized INVITE.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>Muestra el tamaño del cuerpo, que suele ser la mayor parte de un INVITE sobredimensionado.</translation>
    </message>
    <message>
        <source>The transport token shows whether the oversized message went over UDP.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>El token de transporte muestra si el mensaje sobredimensionado se envió por UDP.</translation>
    </message>
    <message>
        <source>A 413 rejects an oversized body specifically; 513 concerns the whole message.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>Un 413 rechaza específicamente un cuerpo sobredimensionado; 513 se refiere al mensaje completo.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 513 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 asigna 513 a la causa Q.850 127 (interworking, unspecified; interfuncionamiento sin especificar).</translation>
    </message>
</context>
<context>
    <name>sip:555</name>
    <message>
        <source>Push Notification Service Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Servicio de notificaciones push no soportado</translation>
    </message>
    <message>
        <source>The proxy does not support the push notification service named in the REGISTER.</source>
        <comment>summary</comment>
        <translation>El proxy no admite el servicio de notificaciones push nombrado en el REGISTER.</translation>
    </message>
    <message>
        <source>RFC 8599 lets a mobile UA register with push parameters (pn-provider, pn-prid, pn-param) in its Contact URI so that a SIP proxy can wake it through a push service such as APNs or FCM before delivering a call. A 555 tells the UA that the proxy cannot use the push service it named, so the UA cannot rely on push to become reachable through that proxy.</source>
        <comment>description</comment>
        <translation>RFC 8599 permite a un UA móvil registrarse con parámetros push (pn-provider, pn-prid, pn-param) en su URI de Contact para que un proxy SIP pueda despertarlo mediante un servicio push como APNs o FCM antes de entregar una llamada. Un 555 indica al UA que el proxy no puede usar el servicio push que nombró, por lo que el UA no puede confiar en las notificaciones push para ser alcanzable a través de ese proxy.</translation>
    </message>
    <message>
        <source>You see it in reply to a REGISTER from a mobile softphone whose Contact carries a pn-provider value the server does not support, for example an iOS app asking for apns against a server that only implements fcm, or an app pointed at a platform without RFC 8599 support.</source>
        <comment>seenWhen</comment>
        <translation>La verá en respuesta a un REGISTER de un softphone móvil cuyo Contact lleva un valor pn-provider que el servidor no admite, por ejemplo una aplicación iOS que pide apns a un servidor que solo implementa fcm, o una aplicación configurada contra una plataforma sin soporte de RFC 8599.</translation>
    </message>
    <message>
        <source>The SIP proxy in front of the registrar that is responsible for sending push notifications.</source>
        <comment>sentBy</comment>
        <translation>El proxy SIP situado delante del registrador que se encarga de enviar las notificaciones push.</translation>
    </message>
    <message>
        <source>Re-register only with a supported pn-provider or without push parameters. Repeating the same REGISTER will keep failing.</source>
        <comment>retryNote</comment>
        <translation>Vuelva a registrarse solo con un pn-provider soportado o sin parámetros push. Repetir el mismo REGISTER seguirá fallando.</translation>
    </message>
    <message>
        <source>Look at the Contact URI of the REGISTER and note the pn-provider, pn-prid and pn-param values.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine la URI de Contact del REGISTER y anote los valores de pn-provider, pn-prid y pn-param.</translation>
    </message>
    <message>
        <source>Check which push services the proxy supports, for example from the sip.pns value in Feature-Caps of successful registrations.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe qué servicios push admite el proxy, por ejemplo a partir del valor sip.pns en la cabecera Feature-Caps de los registros correctos.</translation>
    </message>
    <message>
        <source>Configure the app for a supported push service, or register without push parameters and keep the connection alive by other means.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Configure la aplicación para un servicio push soportado, o regístrese sin parámetros push y mantenga viva la conexión por otros medios.</translation>
    </message>
    <message>
        <source>On the server side, add the push provider credentials for that service if it should be supported.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>En el lado servidor, añada las credenciales del proveedor push para ese servicio si debe estar soportado.</translation>
    </message>
    <message>
        <source>Carries the pn-provider, pn-prid and pn-param URI parameters that named the push service.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Lleva los parámetros de URI pn-provider, pn-prid y pn-param que nombraron el servicio push.</translation>
    </message>
    <message>
        <source>A proxy that supports push advertises sip.pns here, listing the service it can use.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>Un proxy que admite push anuncia aquí sip.pns, indicando el servicio que puede usar.</translation>
    </message>
    <message>
        <source>A 420 rejects an extension listed in Require; 555 rejects the chosen push service.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Un 420 rechaza una extensión incluida en Require; 555 rechaza el servicio push elegido.</translation>
    </message>
    <message>
        <source>A 501 means a method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Un 501 significa que un método no está implementado en absoluto.</translation>
    </message>
</context>
<context>
    <name>sip:580</name>
    <message>
        <source>Precondition Failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Fallo de precondición</translation>
    </message>
    <message>
        <source>The session cannot be set up because a required precondition, usually QoS reservation, cannot be met.</source>
        <comment>summary</comment>
        <translation>La sesión no puede establecerse porque no puede cumplirse una precondición requerida, normalmente la reserva de QoS.</translation>
    </message>
    <message>
        <source>RFC 3312 lets an INVITE make session setup depend on preconditions such as QoS resource reservation, negotiated with a=curr, a=des and a=conf in SDP and signalled with the precondition option tag. When a mandatory precondition cannot be met, the answerer rejects the offer with 580 and includes SDP that marks the failed precondition with the strength tag failure, or unknown for precondition types it does not understand. RFC 4032 updates the framework.</source>
        <comment>description</comment>
        <translation>RFC 3312 permite que un INVITE condicione el establecimiento de la sesión a precondiciones como la reserva de recursos de QoS, negociadas con a=curr, a=des y a=conf en el SDP y señalizadas con el option-tag precondition. Cuando no puede cumplirse una precondición obligatoria, quien responde rechaza la oferta con 580 e incluye un SDP que marca la precondición fallida con el strength-tag failure, o unknown para los tipos de precondición que no entiende. RFC 4032 actualiza este marco.</translation>
    </message>
    <message>
        <source>It is most common in IMS, VoLTE and VoNR, where a UE or P-CSCF cannot obtain the dedicated voice bearer (for example a 5QI 1 or QCI 1 GBR bearer) and the call fails before alerting. It also appears when an INVITE carries Require: precondition toward a network element that cannot reserve resources.</source>
        <comment>seenWhen</comment>
        <translation>Es más habitual en IMS, VoLTE y VoNR, donde un UE o un P-CSCF no puede obtener la portadora dedicada de voz (por ejemplo, una portadora GBR con 5QI 1 o QCI 1) y la llamada falla antes de la alerta. También aparece cuando un INVITE lleva Require: precondition hacia un elemento de red que no puede reservar recursos.</translation>
    </message>
    <message>
        <source>The answerer, typically a UE or an IMS element, that could not satisfy a mandatory precondition.</source>
        <comment>sentBy</comment>
        <translation>Quien responde, normalmente un UE o un elemento IMS, que no pudo satisfacer una precondición obligatoria.</translation>
    </message>
    <message>
        <source>A new attempt may succeed once resources are available, but do not loop immediately. If policy allows, retry without mandatory preconditions.</source>
        <comment>retryNote</comment>
        <translation>Un nuevo intento puede tener éxito cuando haya recursos disponibles, pero no entre en bucle de inmediato. Si la política lo permite, reintente sin precondiciones obligatorias.</translation>
    </message>
    <message>
        <source>Check the INVITE for Require or Supported: precondition and the a=des:qos lines to see which preconditions were mandatory.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise el INVITE en busca de Require o Supported: precondition y de las líneas a=des:qos para ver qué precondiciones eran obligatorias.</translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which stream and which status type (local, remote, e2e) failed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lea el SDP del 580 para ver qué flujo y qué tipo de estado (local, remote, e2e) falló.</translation>
    </message>
    <message>
        <source>On mobile networks, check bearer setup on the PCRF/PCF and radio side at the same time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>En redes móviles, revise al mismo tiempo el establecimiento de la portadora en el PCRF/PCF y en el lado radio.</translation>
    </message>
    <message>
        <source>If the far end does not need QoS preconditions, send the offer with Supported instead of Require so the call can proceed without them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Si el extremo remoto no necesita precondiciones de QoS, envíe la oferta con Supported en lugar de Require para que la llamada pueda continuar sin ellas.</translation>
    </message>
    <message>
        <source>Shows whether the INVITE made preconditions mandatory with the precondition option tag.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Muestra si el INVITE hizo obligatorias las precondiciones con el option-tag precondition.</translation>
    </message>
    <message>
        <source>Shows whether preconditions were offered as optional.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Muestra si las precondiciones se ofrecieron como opcionales.</translation>
    </message>
    <message>
        <source>IMS elements often add a reason such as a bearer loss or resource failure cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Los elementos IMS suelen añadir un motivo, como una causa de pérdida de portadora o de fallo de recursos.</translation>
    </message>
    <message>
        <source>A 488 rejects the SDP itself; 580 means the SDP was fine but the precondition failed.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 rechaza el propio SDP; 580 significa que el SDP era correcto pero falló la precondición.</translation>
    </message>
    <message>
        <source>A 420 is returned when the UAS does not support the precondition extension at all.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Se devuelve un 420 cuando el UAS no admite en absoluto la extensión de precondiciones.</translation>
    </message>
    <message>
        <source>A 421 is sent when the UAS requires preconditions that the UAC did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Se envía un 421 cuando el UAS exige precondiciones que el UAC no ofreció.</translation>
    </message>
</context>
<context>
    <name>sip:600</name>
    <message>
        <source>Busy Everywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ocupado en todas partes</translation>
    </message>
    <message>
        <source>The callee is busy and no other location will take the call now; Retry-After may give a callback time.</source>
        <comment>summary</comment>
        <translation>El llamado está ocupado y ninguna otra ubicación aceptará la llamada ahora; Retry-After puede indicar una hora para devolver la llamada.</translation>
    </message>
    <message>
        <source>A 600 reports that the callee was reached but is busy and does not want the call at this time, and it should only be sent when the responder knows that no other end system would accept it. As a 6xx global failure it makes a forking proxy cancel its other pending branches and stop creating new ones. A Retry-After header can indicate when to call back.</source>
        <comment>description</comment>
        <translation>Un 600 informa de que se alcanzó al llamado pero está ocupado y no quiere la llamada en este momento, y solo debe enviarse cuando quien responde sabe que ningún otro sistema final la aceptaría. Como fallo global 6xx, hace que un proxy con forking cancele sus demás ramas pendientes y deje de crear otras nuevas. Una cabecera Retry-After puede indicar cuándo volver a llamar.</translation>
    </message>
    <message>
        <source>You see it when a user with multiple devices or a hunt group is busy on every one and the system answers authoritatively, or when a PBX applies do-not-disturb or a per-user call limit across all devices. Some phones and PBXs send 600 where 486 was intended, which stops forking to voicemail or other devices.</source>
        <comment>seenWhen</comment>
        <translation>La verá cuando un usuario con varios dispositivos o un grupo de salto está ocupado en todos ellos y el sistema responde con autoridad, o cuando una PBX aplica el modo no molestar o un límite de llamadas por usuario en todos los dispositivos. Algunos teléfonos y PBX envían 600 cuando lo que se pretendía era 486, lo que detiene el forking hacia el buzón de voz u otros dispositivos.</translation>
    </message>
    <message>
        <source>A UAS or PBX that has authoritative knowledge that the user is busy at every location.</source>
        <comment>sentBy</comment>
        <translation>Un UAS o PBX que sabe con certeza que el usuario está ocupado en todas las ubicaciones.</translation>
    </message>
    <message>
        <source>Do not try other locations for this call; a forking proxy cancels outstanding branches on a 6xx. The caller may try again later, after the Retry-After time if one is present.</source>
        <comment>retryNote</comment>
        <translation>No pruebe otras ubicaciones para esta llamada; un proxy con forking cancela las ramas pendientes ante un 6xx. El llamante puede volver a intentarlo más tarde, tras el tiempo de Retry-After si está presente.</translation>
    </message>
    <message>
        <source>Confirm the callee really is busy on all devices and that DND or a per-user call limit is not set by mistake.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Confirme que el llamado está realmente ocupado en todos los dispositivos y que el modo no molestar o un límite de llamadas por usuario no está configurado por error.</translation>
    </message>
    <message>
        <source>If other devices or voicemail should have been tried, change the device or PBX to send 486 instead so forking continues.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si debían haberse probado otros dispositivos o el buzón de voz, cambie el dispositivo o la PBX para que envíe 486 y así continúe el forking.</translation>
    </message>
    <message>
        <source>Honour Retry-After if you run an auto-dialer or callback service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Respete Retry-After si gestiona un marcador automático o un servicio de devolución de llamadas.</translation>
    </message>
    <message>
        <source>May say when the callee expects to be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Puede indicar cuándo prevé el llamado estar libre.</translation>
    </message>
    <message>
        <source>A gateway may include Q.850 cause 17 (user busy).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Una pasarela puede incluir la causa Q.850 17 (user busy, usuario ocupado).</translation>
    </message>
    <message>
        <source>A 486 is busy at this location only, so a forking proxy keeps trying other branches.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Un 486 es ocupado solo en esta ubicación, por lo que un proxy con forking sigue probando otras ramas.</translation>
    </message>
    <message>
        <source>A 603 is an explicit refusal rather than busy.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es un rechazo explícito y no una situación de ocupado.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 600 to Q.850 cause 17 (user busy).</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>RFC 3398 asigna 600 a la causa Q.850 17 (user busy, usuario ocupado).</translation>
    </message>
</context>
<context>
    <name>sip:603</name>
    <message>
        <source>Decline</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Declinada</translation>
    </message>
    <message>
        <source>The callee explicitly rejected the call; a Retry-After may suggest a better time.</source>
        <comment>summary</comment>
        <translation>El llamado rechazó la llamada explícitamente; un Retry-After puede sugerir un momento más adecuado.</translation>
    </message>
    <message>
        <source>A 603 means the callee&apos;s device was reached but the user, or a policy acting for the user, chose not to take the call. Being a 6xx global failure it ends the search: a forking proxy cancels its other branches, so other devices and forwarding rules are not tried. Retry-After may suggest a later time.</source>
        <comment>description</comment>
        <translation>Un 603 significa que se alcanzó el dispositivo del llamado, pero el usuario, o una política que actúa en su nombre, decidió no atender la llamada. Al ser un fallo global 6xx, pone fin a la búsqueda: un proxy con forking cancela sus demás ramas, por lo que no se prueban otros dispositivos ni reglas de desvío. Retry-After puede sugerir un momento posterior.</translation>
    </message>
    <message>
        <source>You see it when a user presses Reject or Decline on a phone or softphone configured to send 603, when a PBX call screening or blacklist rule refuses the caller, and when carrier robocall filters block calls. Because it stops forking, a 603 from one device can prevent the call from reaching other devices or voicemail.</source>
        <comment>seenWhen</comment>
        <translation>La verá cuando un usuario pulsa Rechazar en un teléfono o softphone configurado para enviar 603, cuando una regla de filtrado de llamadas o de lista negra de una PBX rechaza al llamante, y cuando los filtros de llamadas automatizadas (robocalls) del operador bloquean llamadas. Como detiene el forking, un 603 de un dispositivo puede impedir que la llamada llegue a otros dispositivos o al buzón de voz.</translation>
    </message>
    <message>
        <source>The called endpoint when the user declines, or a PBX or carrier element rejecting the call on the user&apos;s behalf.</source>
        <comment>sentBy</comment>
        <translation>El terminal llamado cuando el usuario rechaza la llamada, o un elemento de PBX o de operador que la rechaza en nombre del usuario.</translation>
    </message>
    <message>
        <source>Do not retry automatically and do not try other locations; the decision is final for this call. If Retry-After is present, a new call may be placed after that time.</source>
        <comment>retryNote</comment>
        <translation>No reintente automáticamente ni pruebe otras ubicaciones; la decisión es definitiva para esta llamada. Si Retry-After está presente, puede realizarse una nueva llamada pasado ese tiempo.</translation>
    </message>
    <message>
        <source>Check whether the callee rejected the call manually or a screening, blacklist or anonymous-call rule fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si el llamado rechazó la llamada manualmente o si se aplicó una regla de filtrado, de lista negra o de llamadas anónimas.</translation>
    </message>
    <message>
        <source>If rejecting on one device should still send the call to voicemail or other devices, configure the phone to send 486 instead of 603.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Si el rechazo en un dispositivo debe seguir enviando la llamada al buzón de voz u otros dispositivos, configure el teléfono para enviar 486 en lugar de 603.</translation>
    </message>
    <message>
        <source>For outbound campaigns, check caller ID reputation and STIR/SHAKEN attestation if carriers decline calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>En campañas salientes, si los operadores rechazan las llamadas, revise la reputación del identificador de llamante y el nivel de atestación STIR/SHAKEN.</translation>
    </message>
    <message>
        <source>May indicate when the callee would accept a call.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Puede indicar cuándo aceptaría una llamada el llamado.</translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 21 (call rejected) or a vendor text.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Las pasarelas pueden añadir la causa Q.850 21 (call rejected, llamada rechazada) o un texto del fabricante.</translation>
    </message>
    <message>
        <source>A 486 is busy at one location and lets forking continue.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Un 486 es ocupado en una ubicación y permite que continúe el forking.</translation>
    </message>
    <message>
        <source>A 607 additionally says the caller is unwanted, for example spam.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation>Un 607 indica además que el llamante no es deseado, por ejemplo spam.</translation>
    </message>
    <message>
        <source>A 600 reports busy everywhere rather than a deliberate refusal.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>Un 600 informa de ocupado en todas partes y no de un rechazo deliberado.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 603 to Q.850 cause 21 (call rejected).</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 asigna 603 a la causa Q.850 21 (call rejected, llamada rechazada).</translation>
    </message>
</context>
<context>
    <name>sip:604</name>
    <message>
        <source>Does Not Exist Anywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No existe en ninguna parte</translation>
    </message>
    <message>
        <source>The server has authoritative information that the requested user does not exist anywhere.</source>
        <comment>summary</comment>
        <translation>El servidor tiene información fidedigna de que el usuario solicitado no existe en ninguna parte.</translation>
    </message>
    <message>
        <source>A 604 is the global form of 404: the responder knows for certain that the user in the Request-URI does not exist at any location, not just at this server. Because it is a 6xx, forking stops and other targets are not tried.</source>
        <comment>description</comment>
        <translation>Un 604 es la forma global de 404: quien responde sabe con certeza que el usuario de la Request-URI no existe en ninguna ubicación, no solo en este servidor. Al ser un 6xx, el forking se detiene y no se prueban otros destinos.</translation>
    </message>
    <message>
        <source>You see it from a carrier or number database when a dialed number is unassigned or disconnected, from a PBX that owns the whole domain and has no such user, and from routing engines after an LNP or ENUM lookup that returns no record.</source>
        <comment>seenWhen</comment>
        <translation>La verá desde un operador o una base de datos de numeración cuando un número marcado no está asignado o está dado de baja, desde una PBX que controla todo el dominio y no tiene ese usuario, y desde motores de enrutamiento tras una consulta LNP o ENUM que no devuelve ningún registro.</translation>
    </message>
    <message>
        <source>A proxy, redirect server or PBX that is authoritative for the user or number range.</source>
        <comment>sentBy</comment>
        <translation>Un proxy, servidor de redirección o PBX con autoridad sobre el usuario o el rango de numeración.</translation>
    </message>
    <message>
        <source>Do not retry the same URI on other routes; the answer is authoritative. Only a corrected Request-URI can succeed.</source>
        <comment>retryNote</comment>
        <translation>No reintente la misma URI por otras rutas; la respuesta es fidedigna. Solo una Request-URI corregida puede tener éxito.</translation>
    </message>
    <message>
        <source>Check the Request-URI for digit manipulation errors, missing country code or wrong prefix.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise la Request-URI en busca de errores de manipulación de dígitos, falta del código de país o un prefijo erróneo.</translation>
    </message>
    <message>
        <source>Confirm the number or user really exists in the provisioning or number portability data.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Confirme que el número o el usuario existe realmente en los datos de aprovisionamiento o de portabilidad numérica.</translation>
    </message>
    <message>
        <source>If the sender is not authoritative for the domain, change it to return 404 so other routes can be tried.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Si el emisor no tiene autoridad sobre el dominio, cámbielo para que devuelva 404 y así puedan probarse otras rutas.</translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 1 (unallocated number).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Las pasarelas pueden añadir la causa Q.850 1 (unallocated number, número no asignado).</translation>
    </message>
    <message>
        <source>A 404 is not found at this server only, so other routes may still work.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Un 404 indica no encontrado solo en este servidor, por lo que otras rutas pueden funcionar.</translation>
    </message>
    <message>
        <source>A 410 says the user existed once and is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>Un 410 indica que el usuario existió en su día y ha desaparecido de forma permanente.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 604 to Q.850 cause 1 (unallocated number).</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>RFC 3398 asigna 604 a la causa Q.850 1 (unallocated number, número no asignado).</translation>
    </message>
</context>
<context>
    <name>sip:606</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No aceptable</translation>
    </message>
    <message>
        <source>The callee was reached but the session description (media, bandwidth, addressing) is unacceptable everywhere.</source>
        <comment>summary</comment>
        <translation>Se alcanzó al llamado, pero la descripción de sesión (medios, ancho de banda, direccionamiento) no es aceptable en ninguna parte.</translation>
    </message>
    <message>
        <source>A 606 says that the user agent was contacted but some part of the offered session, such as media type, codec, bandwidth or address type, cannot be accepted, and that no other location would accept it either. It should carry a Warning header with 3xx warn-codes explaining which part of the SDP failed. It is the global counterpart of 488.</source>
        <comment>description</comment>
        <translation>Un 606 indica que se contactó con el agente de usuario pero que alguna parte de la sesión ofrecida, como el tipo de medio, el códec, el ancho de banda o el tipo de dirección, no puede aceptarse, y que ninguna otra ubicación la aceptaría tampoco. Debe llevar una cabecera Warning con warn-codes 3xx que expliquen qué parte del SDP falló. Es el equivalente global de 488.</translation>
    </message>
    <message>
        <source>You see it when an offer contains only codecs the callee cannot use, video to an audio-only user, SRTP where only RTP is allowed, or IPv6 addresses to an IPv4-only gateway. Some PBXs send 606 for codec mismatches where 488 would be more appropriate.</source>
        <comment>seenWhen</comment>
        <translation>La verá cuando una oferta contiene solo códecs que el llamado no puede usar, vídeo hacia un usuario solo de audio, SRTP donde solo se permite RTP, o direcciones IPv6 hacia una pasarela solo IPv4. Algunas PBX envían 606 ante discrepancias de códecs donde 488 sería más apropiado.</translation>
    </message>
    <message>
        <source>A user agent or PBX that cannot accept the offered session at any of the user&apos;s locations.</source>
        <comment>sentBy</comment>
        <translation>Un agente de usuario o PBX que no puede aceptar la sesión ofrecida en ninguna de las ubicaciones del usuario.</translation>
    </message>
    <message>
        <source>Retry only with a changed offer. Forking stops on a 6xx, so other devices will not be tried for this call.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con una oferta modificada. El forking se detiene ante un 6xx, así que no se probarán otros dispositivos para esta llamada.</translation>
    </message>
    <message>
        <source>Read the Warning header: 305 points to codecs, 304 to media types, 302 to transport (RTP/AVP versus RTP/SAVP), 301 to address type, 370 to bandwidth.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea la cabecera Warning: 305 apunta a los códecs, 304 a los tipos de medios, 302 al transporte (RTP/AVP frente a RTP/SAVP), 301 al tipo de dirección y 370 al ancho de banda.</translation>
    </message>
    <message>
        <source>Compare the m= lines and rtpmap entries of the offer with the callee&apos;s codec and media settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compare las líneas m= y las entradas rtpmap de la oferta con la configuración de códecs y medios del llamado.</translation>
    </message>
    <message>
        <source>Adjust the offer, for example add G.711, remove video, or change SRTP policy, then place the call again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ajuste la oferta, por ejemplo añadiendo G.711, eliminando el vídeo o cambiando la política de SRTP, y vuelva a realizar la llamada.</translation>
    </message>
    <message>
        <source>The 3xx warn-code and text identify which part of the SDP was rejected.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El warn-code 3xx y su texto identifican qué parte del SDP se rechazó.</translation>
    </message>
    <message>
        <source>If the body is not application/sdp, the offer may not have been understood at all.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Si el cuerpo no es application/sdp, puede que la oferta ni siquiera se haya entendido.</translation>
    </message>
    <message>
        <source>A 488 is not acceptable at this location only, so forking may still succeed elsewhere.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 indica no aceptable solo en esta ubicación, por lo que el forking aún puede tener éxito en otro lugar.</translation>
    </message>
    <message>
        <source>A 415 rejects the body type rather than its contents.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Un 415 rechaza el tipo de cuerpo y no su contenido.</translation>
    </message>
    <message>
        <source>Warning 305 is the usual companion of 606 and means there is no common codec.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 es el acompañante habitual de 606 y significa que no hay ningún códec común.</translation>
    </message>
    <message>
        <source>Warning 370 is used when the requested bandwidth exceeds what is available.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation>Warning 370 se usa cuando el ancho de banda solicitado supera el disponible.</translation>
    </message>
</context>
<context>
    <name>sip:607</name>
    <message>
        <source>Unwanted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>No deseada</translation>
    </message>
    <message>
        <source>The called party marked the call as unwanted, such as spam, and future calls from this caller may be rejected.</source>
        <comment>summary</comment>
        <translation>La parte llamada marcó la llamada como no deseada, por ejemplo spam, y las llamadas futuras de este llamante pueden ser rechazadas.</translation>
    </message>
    <message>
        <source>A 607 lets the callee say more than decline: it signals that calls from this caller are unwanted, and that later attempts will likely be rejected too. Network elements and call analytics services may count 607s against the calling identity, which makes signed caller identity (STIR/SHAKEN, RFC 8224) important to avoid penalising spoofed numbers. A registrar can show support for processing 607 with the sip.607 feature-capability indicator.</source>
        <comment>description</comment>
        <translation>Un 607 permite al llamado decir algo más que un simple rechazo: indica que las llamadas de este llamante no son deseadas y que es probable que los intentos posteriores también se rechacen. Los elementos de red y los servicios de análisis de llamadas pueden contabilizar los 607 en contra de la identidad llamante, lo que hace importante la identidad de llamante firmada (STIR/SHAKEN, RFC 8224) para no penalizar números suplantados. Un registrador puede indicar que admite el tratamiento de 607 con el indicador de capacidad de funcionalidad (feature-capability) sip.607.</translation>
    </message>
    <message>
        <source>You see it when a mobile or softphone user taps a Block or Report as spam button while the call is ringing, and when robocalling or telemarketing traffic is rejected by users. Outbound dialers see rising 607 counts when their caller IDs earn a bad reputation.</source>
        <comment>seenWhen</comment>
        <translation>La verá cuando un usuario de móvil o softphone pulsa un botón de Bloquear o Denunciar como spam mientras suena la llamada, y cuando los usuarios rechazan tráfico de llamadas automatizadas (robocalls) o de telemarketing. Los marcadores salientes ven aumentar los recuentos de 607 cuando sus identificadores de llamante adquieren mala reputación.</translation>
    </message>
    <message>
        <source>The called user&apos;s device or client when the user marks the call as unwanted.</source>
        <comment>sentBy</comment>
        <translation>El dispositivo o cliente del usuario llamado cuando este marca la llamada como no deseada.</translation>
    </message>
    <message>
        <source>Do not retry and do not try other locations; further calls from the same caller are expected to be refused.</source>
        <comment>retryNote</comment>
        <translation>No reintente ni pruebe otras ubicaciones; cabe esperar que se rechacen las siguientes llamadas del mismo llamante.</translation>
    </message>
    <message>
        <source>For an outbound campaign, stop calling that destination and review consent and calling patterns.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>En una campaña saliente, deje de llamar a ese destino y revise el consentimiento y los patrones de llamada.</translation>
    </message>
    <message>
        <source>Check which number was presented in From and P-Asserted-Identity and whether it carried full STIR/SHAKEN attestation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe qué número se presentó en From y P-Asserted-Identity y si llevaba atestación STIR/SHAKEN completa.</translation>
    </message>
    <message>
        <source>Register the calling numbers with carrier analytics or reputation services if legitimate calls are being flagged.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Registre los números llamantes en los servicios de análisis o de reputación de los operadores si se están marcando llamadas legítimas.</translation>
    </message>
    <message>
        <source>Shows the calling identity that the rejection will be associated with.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>Muestra la identidad llamante a la que se asociará el rechazo.</translation>
    </message>
    <message>
        <source>In a REGISTER response, sip.607 indicates the server supports and processes 607.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>En una respuesta a REGISTER, sip.607 indica que el servidor admite y procesa 607.</translation>
    </message>
    <message>
        <source>A 603 is a plain decline without saying the caller is unwanted.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es un rechazo simple sin indicar que el llamante no es deseado.</translation>
    </message>
    <message>
        <source>A 608 is a rejection by a network analytics engine, not by the called person.</source>
        <comment>related 608</comment>
        <extracomment>How 608 differs</extracomment>
        <translation>Un 608 es un rechazo por parte de un motor de análisis de la red, no de la persona llamada.</translation>
    </message>
    <message>
        <source>A UAC that does not know 607 treats it as 600, the generic 6xx code.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>Un UAC que no conoce 607 la trata como 600, el código 6xx genérico.</translation>
    </message>
</context>
<context>
    <name>sip:608</name>
    <message>
        <source>Rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>An intermediary such as a call analytics engine rejected the call, not the called party.</source>
        <comment>summary</comment>
        <translation>Un intermediario, como un motor de análisis de llamadas, rechazó la llamada, no la parte llamada.</translation>
    </message>
    <message>
        <source>A 608 tells the caller that a machine or process in the network, typically a spam or fraud analytics engine, blocked the call, in contrast to 607 where a human rejected it. The intermediary should include a Call-Info header with purpose jwscard that carries a signed jCard with contact details, so that a legitimate caller can ask for the block to be reviewed. An upstream element can use the sip.608 feature-capability indicator to signal that it will convey this information to the caller.</source>
        <comment>description</comment>
        <translation>Un 608 indica al llamante que una máquina o un proceso de la red, normalmente un motor de análisis de spam o fraude, bloqueó la llamada, a diferencia de 607, en la que la rechazó una persona. El intermediario debe incluir una cabecera Call-Info con purpose jwscard que lleve una jCard firmada con datos de contacto, para que un llamante legítimo pueda pedir que se revise el bloqueo. Un elemento aguas arriba puede usar el indicador de capacidad de funcionalidad sip.608 para señalar que transmitirá esta información al llamante.</translation>
    </message>
    <message>
        <source>It is seen on outbound calls through US and other carriers when the terminating network&apos;s robocall analytics classify the calling number as likely spam or fraud. Contact centres and dialers see bursts of 608 on specific caller IDs or number ranges.</source>
        <comment>seenWhen</comment>
        <translation>Se ve en llamadas salientes a través de operadores de EE. UU. y de otros países cuando el análisis de llamadas automatizadas de la red de terminación clasifica el número llamante como probable spam o fraude. Los centros de contacto y los marcadores ven ráfagas de 608 en identificadores de llamante o rangos de numeración concretos.</translation>
    </message>
    <message>
        <source>A carrier network element or analytics service that blocks calls on behalf of the terminating network.</source>
        <comment>sentBy</comment>
        <translation>Un elemento de red del operador o un servicio de análisis que bloquea llamadas en nombre de la red de terminación.</translation>
    </message>
    <message>
        <source>Do not retry the call on other routes to get around the block. Resolve the reputation issue with the blocking party first.</source>
        <comment>retryNote</comment>
        <translation>No reintente la llamada por otras rutas para eludir el bloqueo. Resuelva primero el problema de reputación con quien bloquea.</translation>
    </message>
    <message>
        <source>Extract the jCard from the Call-Info header and contact the listed party to dispute the block.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Extraiga la jCard de la cabecera Call-Info y contacte con la parte indicada para impugnar el bloqueo.</translation>
    </message>
    <message>
        <source>Check STIR/SHAKEN attestation and caller ID reputation for the number that was presented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe la atestación STIR/SHAKEN y la reputación del identificador de llamante para el número presentado.</translation>
    </message>
    <message>
        <source>Review call volume, short-duration call rates and answer rates that analytics engines use to flag callers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise el volumen de llamadas, la tasa de llamadas de corta duración y las tasas de respuesta que usan los motores de análisis para marcar a los llamantes.</translation>
    </message>
    <message>
        <source>With purpose=jwscard it carries the signed jCard naming whom to contact for redress.</source>
        <comment>header Call-Info</comment>
        <extracomment>Why to inspect the Call-Info header</extracomment>
        <translation>Con purpose=jwscard lleva la jCard firmada que indica a quién contactar para solicitar una rectificación.</translation>
    </message>
    <message>
        <source>The sip.608 indicator shows an element that takes responsibility for passing the 608 details to the caller.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>El indicador sip.608 señala un elemento que asume la responsabilidad de transmitir los detalles del 608 al llamante.</translation>
    </message>
    <message>
        <source>A 607 is a rejection by the called user rather than by the network.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation>Un 607 es un rechazo por parte del usuario llamado y no de la red.</translation>
    </message>
    <message>
        <source>A 603 is a generic decline some carriers also use for blocked calls.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Un 603 es un rechazo genérico que algunos operadores también usan para llamadas bloqueadas.</translation>
    </message>
    <message>
        <source>A 403 is a policy refusal without the analytics and redress semantics.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Un 403 es un rechazo por política sin la semántica de análisis y de rectificación.</translation>
    </message>
</context>
<context>
    <name>warning:300</name>
    <message>
        <source>Incompatible network protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Protocolo de red incompatible</translation>
    </message>
    <message>
        <source>The SDP names a network type the receiver cannot use.</source>
        <comment>summary</comment>
        <translation>El SDP indica un tipo de red que el receptor no puede utilizar.</translation>
    </message>
    <message>
        <source>Warning 300 reports that a network protocol given in the session description is not available to the responder. In SDP this is the nettype field of the c= and o= lines, which is IN (Internet) in practically all deployments, so a 300 usually means the SDP was generated or rewritten incorrectly.</source>
        <comment>description</comment>
        <translation>El aviso 300 notifica que un protocolo de red indicado en la descripción de sesión no está disponible para el que responde. En SDP se trata del campo nettype de las líneas c= y o=, que vale IN (Internet) en prácticamente todas las implementaciones, por lo que un 300 suele significar que el SDP se generó o se reescribió incorrectamente.</translation>
    </message>
    <message>
        <source>It is rare in the field. It shows up when a buggy client, a header or body manipulation rule on an SBC, or a gateway template produces a c= line with a network type other than IN, or when the SDP is truncated so the line cannot be read properly.</source>
        <comment>seenWhen</comment>
        <translation>Es poco habitual en la práctica. Aparece cuando un cliente defectuoso, una regla de manipulación de cabeceras o del cuerpo en un SBC, o una plantilla de un gateway genera una línea c= con un tipo de red distinto de IN, o cuando el SDP está truncado y la línea no puede leerse correctamente.</translation>
    </message>
    <message>
        <source>The answering user agent or media gateway that parsed the offer.</source>
        <comment>sentBy</comment>
        <translation>El agente de usuario o el gateway de medios que responde y que analizó la oferta.</translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con un SDP corregido. La misma oferta volverá a rechazarse.</translation>
    </message>
    <message>
        <source>Inspect the c= and o= lines of the rejected offer for the network type token.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine el token de tipo de red en las líneas c= y o= de la oferta rechazada.</translation>
    </message>
    <message>
        <source>Check SBC SDP manipulation rules and gateway SDP templates that rewrite those lines.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Revise las reglas de manipulación de SDP del SBC y las plantillas SDP del gateway que reescriben esas líneas.</translation>
    </message>
    <message>
        <source>Resend the offer with c=IN and a valid address type.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reenvíe la oferta con c=IN y un tipo de dirección válido.</translation>
    </message>
    <message>
        <source>Read the warn-agent to see which element rejected the SDP and the quoted text for the offending network type.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Lea el warn-agent para ver qué elemento rechazó el SDP, y el texto entre comillas para ver el tipo de red problemático.</translation>
    </message>
    <message>
        <source>A 488 is the usual carrier of this warning when only this location refuses the SDP.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta que suele llevar este aviso cuando solo esta ubicación rechaza el SDP.</translation>
    </message>
    <message>
        <source>A 606 is used instead of 488 when no location would accept the SDP.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Se usa un 606 en lugar de 488 cuando ninguna ubicación aceptaría el SDP.</translation>
    </message>
    <message>
        <source>Warning 301 concerns the address type (IP4 or IP6) rather than the network type.</source>
        <comment>related warning:301</comment>
        <extracomment>How warning:301 differs</extracomment>
        <translation>El aviso 301 se refiere al tipo de dirección (IP4 o IP6) y no al tipo de red.</translation>
    </message>
</context>
<context>
    <name>warning:301</name>
    <message>
        <source>Incompatible network address formats</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Formatos de dirección de red incompatibles</translation>
    </message>
    <message>
        <source>The SDP uses an address type the receiver cannot handle, typically IPv6 versus IPv4.</source>
        <comment>summary</comment>
        <translation>El SDP utiliza un tipo de dirección que el receptor no puede tratar, normalmente IPv6 frente a IPv4.</translation>
    </message>
    <message>
        <source>Warning 301 says that an address format in the session description, meaning the addrtype of the c= or o= line, is not available to the responder. In practice it flags an IP4 and IP6 mismatch, or a non-IP address format that the receiver does not support.</source>
        <comment>description</comment>
        <translation>El aviso 301 indica que un formato de dirección de la descripción de sesión, es decir, el addrtype de la línea c= u o=, no está disponible para el que responde. En la práctica señala una discrepancia entre IP4 e IP6, o un formato de dirección no IP que el receptor no admite.</translation>
    </message>
    <message>
        <source>You see it when a dual-stack or IPv6-only client offers c=IN IP6 to an IPv4-only gateway or phone, or when an SBC that should perform IPv4 and IPv6 interworking is bypassed. RFC 3261 uses an E.164 address type as its example of an unsupported format.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un cliente de doble pila o solo IPv6 ofrece c=IN IP6 a un gateway o teléfono solo IPv4, o cuando se elude un SBC que debería realizar el interfuncionamiento entre IPv4 e IPv6. La RFC 3261 utiliza un tipo de dirección E.164 como ejemplo de formato no admitido.</translation>
    </message>
    <message>
        <source>The answering user agent or gateway that cannot use the offered address family.</source>
        <comment>sentBy</comment>
        <translation>El agente de usuario o el gateway que responde y que no puede utilizar la familia de direcciones ofrecida.</translation>
    </message>
    <message>
        <source>Retry with an offer that uses an address type the answerer supports. An unchanged offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una oferta que utilice un tipo de dirección que admita el que responde. Una oferta sin cambios volverá a fallar.</translation>
    </message>
    <message>
        <source>Compare the addrtype in the offer&apos;s c= lines with what the answerer supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare el addrtype de las líneas c= de la oferta con lo que admite el que responde.</translation>
    </message>
    <message>
        <source>Enable IPv4 and IPv6 media interworking on the SBC or anchor the media through it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite el interfuncionamiento de medios IPv4/IPv6 en el SBC o ancle los medios a través de él.</translation>
    </message>
    <message>
        <source>Configure the client to offer IPv4, or to offer both families with ICE candidates.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Configure el cliente para que ofrezca IPv4, o ambas familias con candidatos ICE.</translation>
    </message>
    <message>
        <source>The quoted text often names the refused address type, for example IP6.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas suele indicar el tipo de dirección rechazado, por ejemplo IP6.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta típica que lleva este aviso.</translation>
    </message>
    <message>
        <source>A 606 is the global variant used when no location could accept the address type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Un 606 es la variante global que se usa cuando ninguna ubicación podría aceptar el tipo de dirección.</translation>
    </message>
    <message>
        <source>Warning 300 concerns the network type rather than the address format.</source>
        <comment>related warning:300</comment>
        <extracomment>How warning:300 differs</extracomment>
        <translation>El aviso 300 se refiere al tipo de red y no al formato de dirección.</translation>
    </message>
</context>
<context>
    <name>warning:302</name>
    <message>
        <source>Incompatible transport protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Protocolo de transporte incompatible</translation>
    </message>
    <message>
        <source>A media transport in the SDP m= line, such as RTP/SAVP or UDP/TLS/RTP/SAVPF, is not available.</source>
        <comment>summary</comment>
        <translation>No está disponible un transporte de medios de la línea m= del SDP, como RTP/SAVP o UDP/TLS/RTP/SAVPF.</translation>
    </message>
    <message>
        <source>Warning 302 reports that a transport protocol listed in an m= line of the session description is not supported by the responder. This field distinguishes plain RTP (RTP/AVP) from SRTP (RTP/SAVP), feedback profiles (RTP/AVPF, RTP/SAVPF), DTLS-SRTP used by WebRTC, and non-RTP transports such as udptl for T.38.</source>
        <comment>description</comment>
        <translation>El aviso 302 notifica que el que responde no admite un protocolo de transporte indicado en una línea m= de la descripción de sesión. Este campo distingue el RTP simple (RTP/AVP) del SRTP (RTP/SAVP), los perfiles con realimentación (RTP/AVPF, RTP/SAVPF), el DTLS-SRTP que utiliza WebRTC y los transportes no RTP como udptl para T.38.</translation>
    </message>
    <message>
        <source>It appears when an SRTP-only endpoint receives RTP/AVP, when a plain RTP phone receives RTP/SAVP, or when a WebRTC offer with UDP/TLS/RTP/SAVPF reaches a legacy SIP device without a media gateway in between. It also appears with T.38 offers using udptl toward devices without fax support.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un terminal solo SRTP recibe RTP/AVP, cuando un teléfono de RTP simple recibe RTP/SAVP, o cuando una oferta WebRTC con UDP/TLS/RTP/SAVPF llega a un dispositivo SIP antiguo sin un gateway de medios intermedio. También aparece con ofertas T.38 que usan udptl hacia dispositivos sin soporte de fax.</translation>
    </message>
    <message>
        <source>An endpoint, PBX or SBC that cannot handle the offered media transport.</source>
        <comment>sentBy</comment>
        <translation>Un terminal, PBX o SBC que no puede tratar el transporte de medios ofrecido.</translation>
    </message>
    <message>
        <source>Retry with an offer that uses a supported transport profile. Resending the same SDP will fail.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una oferta que utilice un perfil de transporte admitido. Reenviar el mismo SDP fallará.</translation>
    </message>
    <message>
        <source>Read the transport token of each m= line in the offer and compare it with the answerer&apos;s SRTP and profile settings.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea el token de transporte de cada línea m= de la oferta y compárelo con la configuración de SRTP y de perfiles del que responde.</translation>
    </message>
    <message>
        <source>Align the SRTP policy on both sides (mandatory, optional or off), or let the SBC convert between RTP and SRTP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Armonice la política SRTP en ambos lados (obligatorio, opcional o desactivado), o deje que el SBC convierta entre RTP y SRTP.</translation>
    </message>
    <message>
        <source>For WebRTC to SIP calls, route media through a gateway that terminates DTLS-SRTP and ICE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>En las llamadas de WebRTC a SIP, encamine los medios a través de un gateway que termine DTLS-SRTP e ICE.</translation>
    </message>
    <message>
        <source>The quoted text may name the refused profile, for example RTP/SAVP.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas puede indicar el perfil rechazado, por ejemplo RTP/SAVP.</translation>
    </message>
    <message>
        <source>A 488 is the most common carrier of this warning for a single location.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta que con más frecuencia lleva este aviso para una única ubicación.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the transport.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Un 606 es la forma global que se usa cuando ninguna ubicación admite el transporte.</translation>
    </message>
    <message>
        <source>Warning 304 refuses the media type rather than its transport.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>El aviso 304 rechaza el tipo de medio y no su transporte.</translation>
    </message>
</context>
<context>
    <name>warning:303</name>
    <message>
        <source>Incompatible bandwidth units</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Unidades de ancho de banda incompatibles</translation>
    </message>
    <message>
        <source>A bandwidth modifier in the SDP b= line was not understood.</source>
        <comment>summary</comment>
        <translation>No se entendió un modificador de ancho de banda de la línea b= del SDP.</translation>
    </message>
    <message>
        <source>Warning 303 says that one or more bandwidth measurement units in the session description were not understood. The b= line uses a modifier like AS, CT, TIAS, RS or RR, and a receiver that does not recognise the modifier can answer with this warning.</source>
        <comment>description</comment>
        <translation>El aviso 303 indica que no se entendieron una o varias unidades de medida de ancho de banda de la descripción de sesión. La línea b= utiliza un modificador como AS, CT, TIAS, RS o RR, y un receptor que no reconoce el modificador puede responder con este aviso.</translation>
    </message>
    <message>
        <source>It is uncommon. It appears when a video endpoint sends b=TIAS or vendor-specific modifiers to an older device, or when a b= line is malformed after SDP manipulation on an SBC.</source>
        <comment>seenWhen</comment>
        <translation>Es poco habitual. Aparece cuando un terminal de vídeo envía b=TIAS o modificadores propietarios a un dispositivo más antiguo, o cuando una línea b= queda mal formada tras una manipulación del SDP en un SBC.</translation>
    </message>
    <message>
        <source>An endpoint or gateway that does not understand the bandwidth modifier.</source>
        <comment>sentBy</comment>
        <translation>Un terminal o gateway que no entiende el modificador de ancho de banda.</translation>
    </message>
    <message>
        <source>Retry with SDP that uses a supported modifier or no b= line. The same offer will be refused.</source>
        <comment>retryNote</comment>
        <translation>Reintente con un SDP que utilice un modificador admitido o sin línea b=. La misma oferta se rechazará.</translation>
    </message>
    <message>
        <source>Look at the b= lines in the offer and identify the modifier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Examine las líneas b= de la oferta e identifique el modificador.</translation>
    </message>
    <message>
        <source>Remove or replace unusual modifiers, keeping b=AS, which is widely understood.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Elimine o sustituya los modificadores poco habituales y conserve b=AS, que se entiende de forma generalizada.</translation>
    </message>
    <message>
        <source>Check SBC SDP rules that add or rewrite b= lines.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise las reglas SDP del SBC que añaden o reescriben líneas b=.</translation>
    </message>
    <message>
        <source>The quoted text may show the b= modifier that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas puede mostrar el modificador b= que no se entendió.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta típica que lleva este aviso.</translation>
    </message>
    <message>
        <source>Warning 370 means the bandwidth value is too high, not that its unit is unknown.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation>El aviso 370 significa que el valor de ancho de banda es demasiado alto, no que su unidad sea desconocida.</translation>
    </message>
</context>
<context>
    <name>warning:304</name>
    <message>
        <source>Media type not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Tipo de medio no disponible</translation>
    </message>
    <message>
        <source>A media type in the SDP, such as video, image (T.38) or application, is not available.</source>
        <comment>summary</comment>
        <translation>No está disponible un tipo de medio del SDP, como video, image (T.38) o application.</translation>
    </message>
    <message>
        <source>Warning 304 reports that a media type offered in an m= line, such as audio, video, text, image or application, is not available at the responder. A well-behaved answerer would normally reject just that stream with port 0 and keep the others, so a 304 usually comes with a rejection of the whole offer.</source>
        <comment>description</comment>
        <translation>El aviso 304 notifica que un tipo de medio ofrecido en una línea m=, como audio, video, text, image o application, no está disponible en el que responde. Un receptor que se comporte correctamente normalmente rechazaría solo ese flujo con el puerto 0 y conservaría los demás, por lo que un 304 suele ir acompañado del rechazo de toda la oferta.</translation>
    </message>
    <message>
        <source>You see it when a video offer reaches an audio-only phone or trunk, when a T.38 re-INVITE with m=image hits a device or carrier without fax support, or when BFCP or other m=application streams are sent to equipment that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando una oferta de vídeo llega a un teléfono o troncal solo de audio, cuando un re-INVITE T.38 con m=image llega a un dispositivo u operador sin soporte de fax, o cuando se envían flujos BFCP u otros m=application a equipos que no pueden tratarlos.</translation>
    </message>
    <message>
        <source>Endpoints and gateways that cannot handle the offered media type.</source>
        <comment>sentBy</comment>
        <translation>Terminales y gateways que no pueden tratar el tipo de medio ofrecido.</translation>
    </message>
    <message>
        <source>Retry with an offer that leaves out the unavailable media type. For a failed T.38 re-INVITE, the call can often continue on the existing audio stream.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una oferta que omita el tipo de medio no disponible. Si falla un re-INVITE T.38, la llamada a menudo puede continuar con el flujo de audio existente.</translation>
    </message>
    <message>
        <source>Identify the m= line whose media type was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identifique la línea m= cuyo tipo de medio se rechazó.</translation>
    </message>
    <message>
        <source>Disable video or T.38 toward that peer, or configure G.711 pass-through for fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Desactive el vídeo o T.38 hacia ese interlocutor, o configure el paso transparente (pass-through) de fax en G.711.</translation>
    </message>
    <message>
        <source>Prefer answerers that reject only the unsupported stream with port 0, so the remaining media can proceed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Dé preferencia a receptores que rechacen solo el flujo no admitido con el puerto 0, para que el resto de los medios pueda continuar.</translation>
    </message>
    <message>
        <source>The quoted text may name the media type that is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas puede indicar el tipo de medio que no está disponible.</translation>
    </message>
    <message>
        <source>A 488 is the usual response with this warning, for example to a T.38 re-INVITE.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta habitual con este aviso, por ejemplo ante un re-INVITE T.38.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the media type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Un 606 es la forma global que se usa cuando ninguna ubicación admite el tipo de medio.</translation>
    </message>
    <message>
        <source>Warning 305 means the media type is fine but no codec matches.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>El aviso 305 significa que el tipo de medio es correcto, pero que no coincide ningún códec.</translation>
    </message>
</context>
<context>
    <name>warning:305</name>
    <message>
        <source>Incompatible media format</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Formato de medios incompatible</translation>
    </message>
    <message>
        <source>None of the offered codecs (payload formats) are available at the receiver.</source>
        <comment>summary</comment>
        <translation>Ninguno de los códecs (formatos de payload) ofrecidos está disponible en el receptor.</translation>
    </message>
    <message>
        <source>Warning 305 reports that the media formats listed on an m= line, the RTP payload types and their rtpmap codecs, are not available at the responder. It is the classic codec mismatch warning.</source>
        <comment>description</comment>
        <translation>El aviso 305 notifica que los formatos de medios indicados en una línea m=, es decir, los tipos de payload RTP y sus códecs rtpmap, no están disponibles en el que responde. Es el aviso clásico de discrepancia de códecs.</translation>
    </message>
    <message>
        <source>You see it when a trunk offers only G.729 to a phone without G.729, when a WebRTC client offers only Opus and VP8 to a legacy device, or when a codec list was trimmed by an SBC profile until nothing in common was left. It also appears when telephone-event is the only common format.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando una troncal ofrece solo G.729 a un teléfono sin G.729, cuando un cliente WebRTC ofrece solo Opus y VP8 a un dispositivo antiguo, o cuando un perfil del SBC recortó la lista de códecs hasta no dejar nada en común. También aparece cuando telephone-event es el único formato común.</translation>
    </message>
    <message>
        <source>The answering endpoint, PBX or SBC that finds no acceptable codec.</source>
        <comment>sentBy</comment>
        <translation>El terminal, PBX o SBC que responde y que no encuentra ningún códec aceptable.</translation>
    </message>
    <message>
        <source>Retry with a codec list that includes a format the answerer supports, or insert a transcoder. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una lista de códecs que incluya un formato admitido por el que responde, o intercale un transcodificador. La misma oferta volverá a fallar.</translation>
    </message>
    <message>
        <source>List the payload types and rtpmap lines in the offer and compare them with the answerer&apos;s enabled codecs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Enumere los tipos de payload y las líneas rtpmap de la oferta y compárelos con los códecs habilitados en el que responde.</translation>
    </message>
    <message>
        <source>Enable a common codec, usually G.711 (PCMU or PCMA), on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite un códec común, normalmente G.711 (PCMU o PCMA), en ambos lados.</translation>
    </message>
    <message>
        <source>Check SBC or PBX codec policies and transcoding resources in the path.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise las políticas de códecs del SBC o de la PBX y los recursos de transcodificación del trayecto.</translation>
    </message>
    <message>
        <source>The quoted text sometimes names the codecs that were refused or the ones that are supported.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas a veces indica los códecs rechazados o los admitidos.</translation>
    </message>
    <message>
        <source>A 488 is the most frequent response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta más frecuente que lleva este aviso.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the codecs.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Un 606 es la forma global que se usa cuando ninguna ubicación admite los códecs.</translation>
    </message>
    <message>
        <source>Warning 304 refuses the whole media type rather than its codecs.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>El aviso 304 rechaza todo el tipo de medio y no sus códecs.</translation>
    </message>
</context>
<context>
    <name>warning:306</name>
    <message>
        <source>Attribute not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Atributo no entendido</translation>
    </message>
    <message>
        <source>One or more SDP a= attributes in the offer are not supported.</source>
        <comment>summary</comment>
        <translation>No se admiten uno o varios atributos a= del SDP de la oferta.</translation>
    </message>
    <message>
        <source>Warning 306 indicates that the responder did not support one or more media attributes (a= lines) in the session description. Most implementations ignore unknown attributes, so a 306 usually means an attribute was mandatory for the session, for example for security or ICE.</source>
        <comment>description</comment>
        <translation>El aviso 306 indica que el que responde no admitía uno o varios atributos de medios (líneas a=) de la descripción de sesión. La mayoría de las implementaciones ignoran los atributos desconocidos, por lo que un 306 suele significar que un atributo era obligatorio para la sesión, por ejemplo por seguridad o para ICE.</translation>
    </message>
    <message>
        <source>It appears when crypto suites in a=crypto are unknown, when a=fingerprint or a=setup for DTLS-SRTP reach a device without DTLS support, or when an offer relies on a=rtcp-mux or ICE attributes that the answerer cannot honour.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando las suites de cifrado de a=crypto son desconocidas, cuando a=fingerprint o a=setup para DTLS-SRTP llegan a un dispositivo sin soporte de DTLS, o cuando una oferta depende de a=rtcp-mux o de atributos ICE que el que responde no puede respetar.</translation>
    </message>
    <message>
        <source>Endpoints or gateways that refuse an SDP attribute they cannot support.</source>
        <comment>sentBy</comment>
        <translation>Terminales o gateways que rechazan un atributo SDP que no pueden admitir.</translation>
    </message>
    <message>
        <source>Retry only after removing or changing the attribute. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo después de eliminar o modificar el atributo. La misma oferta volverá a rechazarse.</translation>
    </message>
    <message>
        <source>Check the quoted text for the attribute name and locate it in the offer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Busque el nombre del atributo en el texto entre comillas y localícelo en la oferta.</translation>
    </message>
    <message>
        <source>Remove the attribute or change it to a variant the answerer supports, such as a widely supported SRTP crypto suite.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Elimine el atributo o cámbielo por una variante que admita el que responde, como una suite de cifrado SRTP ampliamente admitida.</translation>
    </message>
    <message>
        <source>Check SBC rules that strip or insert attributes in the SDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Revise las reglas del SBC que eliminan o insertan atributos en el SDP.</translation>
    </message>
    <message>
        <source>The quoted text often names the attribute that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas suele indicar el atributo que no se entendió.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta típica que lleva este aviso.</translation>
    </message>
    <message>
        <source>Warning 307 covers other SDP parameters that are not attributes.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation>El aviso 307 abarca otros parámetros SDP que no son atributos.</translation>
    </message>
    <message>
        <source>Warning 302 is used when the transport profile itself is unsupported.</source>
        <comment>related warning:302</comment>
        <extracomment>How warning:302 differs</extracomment>
        <translation>El aviso 302 se utiliza cuando no se admite el propio perfil de transporte.</translation>
    </message>
</context>
<context>
    <name>warning:307</name>
    <message>
        <source>Session description parameter not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Parámetro de descripción de sesión no entendido</translation>
    </message>
    <message>
        <source>An SDP parameter other than those covered by warnings 300 to 306 was not understood.</source>
        <comment>summary</comment>
        <translation>No se entendió un parámetro SDP distinto de los que cubren los avisos 300 a 306.</translation>
    </message>
    <message>
        <source>Warning 307 is the catch-all for session description problems that do not fit the more specific warn-codes 300 to 306. It tells you the SDP was parsed but some parameter in it could not be interpreted.</source>
        <comment>description</comment>
        <translation>El aviso 307 es el cajón de sastre para los problemas de descripción de sesión que no encajan en los warn-codes más específicos 300 a 306. Indica que el SDP se analizó, pero que algún parámetro no pudo interpretarse.</translation>
    </message>
    <message>
        <source>It shows up with malformed SDP, for example a broken o= or t= line, unknown line types, bad field counts after SBC manipulation, or extensions that the receiving stack does not know.</source>
        <comment>seenWhen</comment>
        <translation>Aparece con SDP mal formado, por ejemplo una línea o= o t= defectuosa, tipos de línea desconocidos, un número de campos erróneo tras una manipulación en el SBC, o extensiones que la pila receptora no conoce.</translation>
    </message>
    <message>
        <source>The user agent or gateway that parsed the SDP.</source>
        <comment>sentBy</comment>
        <translation>El agente de usuario o el gateway que analizó el SDP.</translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. Resending the same body will fail.</source>
        <comment>retryNote</comment>
        <translation>Reintente solo con un SDP corregido. Reenviar el mismo cuerpo fallará.</translation>
    </message>
    <message>
        <source>Validate the SDP body line by line against RFC 8866 (formerly RFC 4566) syntax.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Valide el cuerpo SDP línea a línea frente a la sintaxis de la RFC 8866 (antes RFC 4566).</translation>
    </message>
    <message>
        <source>Use the quoted text to find the parameter, then check the sender and any SBC that rewrote the body.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Utilice el texto entre comillas para localizar el parámetro y, a continuación, revise el emisor y cualquier SBC que haya reescrito el cuerpo.</translation>
    </message>
    <message>
        <source>Resend with a corrected description.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Reenvíe con una descripción corregida.</translation>
    </message>
    <message>
        <source>The quoted text is usually the only clue to which parameter failed, so read it closely.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas suele ser la única pista sobre qué parámetro falló, así que léalo con atención.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta típica que lleva este aviso.</translation>
    </message>
    <message>
        <source>A 400 is used instead when the message is too malformed to process at all.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Se usa un 400 en su lugar cuando el mensaje está tan mal formado que no se puede procesar en absoluto.</translation>
    </message>
    <message>
        <source>Warning 306 is the specific code for a=attributes.</source>
        <comment>related warning:306</comment>
        <extracomment>How warning:306 differs</extracomment>
        <translation>El aviso 306 es el código específico para los atributos a=.</translation>
    </message>
</context>
<context>
    <name>warning:308</name>
    <message>
        <source>Incompatible language specification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Especificación de idioma incompatible</translation>
    </message>
    <message>
        <source>The called party supports none of the human languages requested with hlang-send and hlang-recv.</source>
        <comment>summary</comment>
        <translation>La parte llamada no admite ninguno de los idiomas solicitados con hlang-send y hlang-recv.</translation>
    </message>
    <message>
        <source>RFC 8373 adds the SDP attributes hlang-send and hlang-recv so that a caller can ask for spoken, written or signed languages per media stream, which matters most for emergency and relay services. Warning 308 reports that the requested languages are not supported, and its text should list the languages and media that are supported.</source>
        <comment>description</comment>
        <translation>La RFC 8373 añade los atributos SDP hlang-send y hlang-recv para que un llamante pueda solicitar lenguas habladas, escritas o de signos por flujo de medios, lo que es especialmente importante en los servicios de emergencia y de retransmisión (relay). El aviso 308 notifica que los idiomas solicitados no se admiten, y su texto debería enumerar los idiomas y medios admitidos.</translation>
    </message>
    <message>
        <source>It can appear on calls to emergency services, relay services or multilingual call centres when the caller requests a language or sign language the answering system cannot provide. Deployment is still limited, so it is rarely seen outside NG911 and accessibility testing.</source>
        <comment>seenWhen</comment>
        <translation>Puede aparecer en llamadas a servicios de emergencia, servicios de retransmisión o centros de llamadas multilingües cuando el llamante solicita un idioma o una lengua de signos que el sistema que responde no puede proporcionar. Su implantación aún es limitada, por lo que rara vez se ve fuera de NG911 y de las pruebas de accesibilidad.</translation>
    </message>
    <message>
        <source>The answering system that evaluated the language attributes, such as a PSAP or contact centre platform.</source>
        <comment>sentBy</comment>
        <translation>El sistema que responde y que evaluó los atributos de idioma, como un PSAP o una plataforma de centro de contacto.</translation>
    </message>
    <message>
        <source>Retry with a language or medium that the warning lists as supported, or route the call to a service that can provide an interpreter or relay.</source>
        <comment>retryNote</comment>
        <translation>Reintente con un idioma o un medio que el aviso indique como admitido, o encamine la llamada a un servicio que pueda proporcionar un intérprete o un servicio de retransmisión.</translation>
    </message>
    <message>
        <source>Read the warning text for the list of supported languages and media.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea en el texto del aviso la lista de idiomas y medios admitidos.</translation>
    </message>
    <message>
        <source>Check the hlang-send and hlang-recv values per m= line in the offer for valid BCP 47 tags.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Compruebe que los valores de hlang-send y hlang-recv de cada línea m= de la oferta son etiquetas BCP 47 válidas.</translation>
    </message>
    <message>
        <source>Offer an alternative language or media, or route the call to a service that can bridge an interpreter or relay.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ofrezca un idioma o un medio alternativo, o encamine la llamada a un servicio que pueda incorporar un intérprete o un servicio de retransmisión.</translation>
    </message>
    <message>
        <source>The quoted text should list the languages and media the callee supports.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El texto entre comillas debería enumerar los idiomas y medios que admite el llamado.</translation>
    </message>
    <message>
        <source>A 488 is a likely response to carry this warning when the session is refused.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es una respuesta probable para llevar este aviso cuando se rechaza la sesión.</translation>
    </message>
    <message>
        <source>Warning 304 refuses a media type rather than a language.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>El aviso 304 rechaza un tipo de medio y no un idioma.</translation>
    </message>
</context>
<context>
    <name>warning:330</name>
    <message>
        <source>Multicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Multicast no disponible</translation>
    </message>
    <message>
        <source>The session asks for multicast media but the user&apos;s site cannot do multicast.</source>
        <comment>summary</comment>
        <translation>La sesión solicita medios multicast, pero la ubicación del usuario no admite multicast.</translation>
    </message>
    <message>
        <source>Warning 330 reports that the responder&apos;s location does not support multicast, so a session description with a multicast connection address cannot be used there. It belongs to the 330 to 339 range, which covers basic network services requested by the SDP.</source>
        <comment>description</comment>
        <translation>El aviso 330 notifica que la ubicación del que responde no admite multicast, por lo que allí no puede utilizarse una descripción de sesión con una dirección de conexión multicast. Pertenece al rango 330 a 339, que abarca los servicios básicos de red solicitados por el SDP.</translation>
    </message>
    <message>
        <source>It appears when a paging system, music on hold source or conference offers a multicast c= address (for example in 224.0.0.0/4 with a TTL) to a device on a network segment where multicast routing or IGMP is not available.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un sistema de megafonía, una fuente de música en espera o una conferencia ofrece una dirección c= multicast (por ejemplo, en 224.0.0.0/4 con un TTL) a un dispositivo situado en un segmento de red donde no se dispone de enrutamiento multicast ni de IGMP.</translation>
    </message>
    <message>
        <source>An endpoint, or a server aware of the site&apos;s network, that knows multicast cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation>Un terminal, o un servidor que conoce la red de la ubicación, que sabe que el multicast no puede llegar al usuario.</translation>
    </message>
    <message>
        <source>Retry with a unicast session description. The multicast offer will keep failing at that site.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una descripción de sesión unicast. La oferta multicast seguirá fallando en esa ubicación.</translation>
    </message>
    <message>
        <source>Check the c= address of the offer for a multicast group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe si la dirección c= de la oferta es un grupo multicast.</translation>
    </message>
    <message>
        <source>Enable multicast routing or IGMP on the path, or switch the service to unicast media.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Habilite el enrutamiento multicast o IGMP en el trayecto, o cambie el servicio a medios unicast.</translation>
    </message>
    <message>
        <source>Configure the paging or MoH source to use unicast toward remote sites.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Configure la fuente de megafonía o de MoH para que use unicast hacia las ubicaciones remotas.</translation>
    </message>
    <message>
        <source>The warn-agent shows whether the endpoint or an intermediary decided multicast is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El warn-agent muestra si fue el terminal o un intermediario quien determinó que el multicast no está disponible.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta típica que lleva este aviso.</translation>
    </message>
    <message>
        <source>Warning 331 is the opposite case, where unicast is unavailable.</source>
        <comment>related warning:331</comment>
        <extracomment>How warning:331 differs</extracomment>
        <translation>El aviso 331 es el caso contrario, en el que el unicast no está disponible.</translation>
    </message>
</context>
<context>
    <name>warning:331</name>
    <message>
        <source>Unicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Unicast no disponible</translation>
    </message>
    <message>
        <source>The session asks for unicast media but the user&apos;s site cannot do unicast, often due to a firewall.</source>
        <comment>summary</comment>
        <translation>La sesión solicita medios unicast, pero la ubicación del usuario no admite unicast, a menudo debido a un cortafuegos.</translation>
    </message>
    <message>
        <source>Warning 331 reports that the responder&apos;s location does not support unicast communication for the session, for example because a firewall blocks it, so only multicast could work. It is rare in modern VoIP, where unicast RTP is the norm.</source>
        <comment>description</comment>
        <translation>El aviso 331 notifica que la ubicación del que responde no admite comunicación unicast para la sesión, por ejemplo porque un cortafuegos la bloquea, de modo que solo podría funcionar multicast. Es poco habitual en la VoIP moderna, donde el RTP unicast es la norma.</translation>
    </message>
    <message>
        <source>It may appear in broadcast, paging or older multicast conferencing setups where a site only receives multicast streams and a firewall blocks unicast media, or from equipment configured for multicast-only operation.</source>
        <comment>seenWhen</comment>
        <translation>Puede aparecer en configuraciones de difusión, megafonía o conferencias multicast antiguas en las que una ubicación solo recibe flujos multicast y un cortafuegos bloquea los medios unicast, o en equipos configurados para funcionar solo en multicast.</translation>
    </message>
    <message>
        <source>An endpoint or site-aware server that knows unicast media cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation>Un terminal o un servidor que conoce la ubicación y sabe que los medios unicast no pueden llegar al usuario.</translation>
    </message>
    <message>
        <source>Retry with a multicast session description or via an allowed media relay. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una descripción de sesión multicast o a través de un relé de medios permitido. La misma oferta volverá a fallar.</translation>
    </message>
    <message>
        <source>Check firewall rules for unicast RTP to and from the site.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Revise las reglas del cortafuegos para el RTP unicast hacia y desde la ubicación.</translation>
    </message>
    <message>
        <source>Offer a multicast session if the site is designed for multicast only.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Ofrezca una sesión multicast si la ubicación está diseñada solo para multicast.</translation>
    </message>
    <message>
        <source>Relay media through an SBC or media relay that the firewall allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Retransmita los medios a través de un SBC o un relé de medios que el cortafuegos permita.</translation>
    </message>
    <message>
        <source>The warn-agent identifies the element that judged unicast to be unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El warn-agent identifica el elemento que determinó que el unicast no está disponible.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es la respuesta típica que lleva este aviso.</translation>
    </message>
    <message>
        <source>Warning 330 is the opposite case, where multicast is unavailable.</source>
        <comment>related warning:330</comment>
        <extracomment>How warning:330 differs</extracomment>
        <translation>El aviso 330 es el caso contrario, en el que el multicast no está disponible.</translation>
    </message>
</context>
<context>
    <name>warning:370</name>
    <message>
        <source>Insufficient bandwidth</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ancho de banda insuficiente</translation>
    </message>
    <message>
        <source>The bandwidth the session needs exceeds what is known to be available.</source>
        <comment>summary</comment>
        <translation>El ancho de banda que necesita la sesión supera el que se sabe disponible.</translation>
    </message>
    <message>
        <source>Warning 370 says that the bandwidth given in the session description, or implied by its media, is more than the responder knows to be available. It sits in the 370 to 379 range, which covers quantitative QoS parameters.</source>
        <comment>description</comment>
        <translation>El aviso 370 indica que el ancho de banda indicado en la descripción de sesión, o implícito en sus medios, es mayor que el que el que responde sabe disponible. Pertenece al rango 370 a 379, que abarca los parámetros cuantitativos de QoS.</translation>
    </message>
    <message>
        <source>You see it with call admission control, for example when a PBX location or SBC bandwidth budget for a branch WAN link is used up, when a high-rate video offer (large b=AS) crosses a constrained link, or when a mobile network cannot grant the requested bit rate.</source>
        <comment>seenWhen</comment>
        <translation>Aparece con el control de admisión de llamadas, por ejemplo cuando se agota el presupuesto de ancho de banda de una ubicación de la PBX o del SBC para el enlace WAN de una sucursal, cuando una oferta de vídeo de alta velocidad (b=AS elevado) atraviesa un enlace limitado, o cuando una red móvil no puede conceder la tasa de bits solicitada.</translation>
    </message>
    <message>
        <source>Endpoints, PBXs and SBCs that enforce call admission control or know the link capacity.</source>
        <comment>sentBy</comment>
        <translation>Terminales, PBX y SBC que aplican control de admisión de llamadas o conocen la capacidad del enlace.</translation>
    </message>
    <message>
        <source>Retry with a lower bandwidth offer, or later when other calls have released capacity.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una oferta de menor ancho de banda, o más tarde, cuando otras llamadas hayan liberado capacidad.</translation>
    </message>
    <message>
        <source>Compare the b=AS or b=TIAS value and codecs of the offer with the admission control limits of the location or trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compare el valor de b=AS o b=TIAS y los códecs de la oferta con los límites de control de admisión de la ubicación o de la troncal.</translation>
    </message>
    <message>
        <source>Lower the video bit rate or use a lower-bandwidth audio codec such as G.729 or Opus at a low rate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reduzca la tasa de bits del vídeo o utilice un códec de audio de menor ancho de banda, como G.729 u Opus a baja velocidad.</translation>
    </message>
    <message>
        <source>Raise the bandwidth budget or add WAN capacity if the limit is too tight.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Aumente el presupuesto de ancho de banda o añada capacidad WAN si el límite es demasiado estricto.</translation>
    </message>
    <message>
        <source>The warn-agent shows which element applied the bandwidth limit.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El warn-agent muestra qué elemento aplicó el límite de ancho de banda.</translation>
    </message>
    <message>
        <source>A 488 is a common response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 es una respuesta habitual que lleva este aviso.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location can accept the bandwidth.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Un 606 es la forma global que se usa cuando ninguna ubicación puede aceptar el ancho de banda.</translation>
    </message>
    <message>
        <source>Warning 303 means the bandwidth unit was not understood, not that it is too high.</source>
        <comment>related warning:303</comment>
        <extracomment>How warning:303 differs</extracomment>
        <translation>El aviso 303 significa que no se entendió la unidad de ancho de banda, no que sea demasiado alto.</translation>
    </message>
</context>
<context>
    <name>warning:380</name>
    <message>
        <source>SIPS Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>SIPS no permitido</translation>
    </message>
    <message>
        <source>The request used a SIPS URI but the target cannot be reached securely, for example no SIPS contacts.</source>
        <comment>summary</comment>
        <translation>La solicitud utilizó una URI SIPS, pero el destino no es alcanzable de forma segura; por ejemplo, no tiene contactos SIPS.</translation>
    </message>
    <message>
        <source>RFC 5630 added warning 380 for the case where a request with a sips: Request-URI cannot be processed because the SIPS scheme is not allowed for the target. The usual reason is that the user has no registered contacts that can be reached over TLS end to end. It is carried in a 480 Temporarily Unavailable response.</source>
        <comment>description</comment>
        <translation>La RFC 5630 añadió el aviso 380 para el caso en que una solicitud con una Request-URI sips: no puede procesarse porque el esquema SIPS no está permitido para el destino. El motivo habitual es que el usuario no tiene contactos registrados alcanzables mediante TLS de extremo a extremo. Se transporta en una respuesta 480 Temporarily Unavailable.</translation>
    </message>
    <message>
        <source>You see it when a caller dials a sips: URI and the callee&apos;s devices registered with plain sip: contacts over UDP or TCP, so the proxy cannot honour the TLS requirement on the last hop.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un llamante marca una URI sips: y los dispositivos del llamado se registraron con contactos sip: simples sobre UDP o TCP, por lo que el proxy no puede cumplir el requisito de TLS en el último salto.</translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the target, which knows the registered contacts.</source>
        <comment>sentBy</comment>
        <translation>El proxy o el registrar responsable del destino, que conoce los contactos registrados.</translation>
    </message>
    <message>
        <source>Only retry with a sip: URI if local security policy allows dropping the TLS requirement; never downgrade silently. Otherwise retry after the callee registers a SIPS contact.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una URI sip: solo si la política de seguridad local permite prescindir del requisito de TLS; nunca rebaje la seguridad de forma silenciosa. En caso contrario, reintente después de que el llamado registre un contacto SIPS.</translation>
    </message>
    <message>
        <source>Check the callee&apos;s registered Contact URIs and transports on the registrar.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe en el registrar las URI de Contact registradas y los transportes del llamado.</translation>
    </message>
    <message>
        <source>Register the callee&apos;s devices over TLS with sips: contacts if secure delivery is needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Registre los dispositivos del llamado sobre TLS con contactos sips: si se necesita una entrega segura.</translation>
    </message>
    <message>
        <source>Call with a sip: URI only if your security policy accepts losing the end-to-end TLS guarantee.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Llame con una URI sip: solo si su política de seguridad acepta perder la garantía de TLS de extremo a extremo.</translation>
    </message>
    <message>
        <source>Shows code 380 and the proxy that found no contact usable with SIPS.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Muestra el código 380 y el proxy que no encontró ningún contacto utilizable con SIPS.</translation>
    </message>
    <message>
        <source>A 480 is the response RFC 5630 uses to carry this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Un 480 es la respuesta que la RFC 5630 utiliza para transportar este aviso.</translation>
    </message>
    <message>
        <source>Warning 381 is the reverse case, where SIPS is required.</source>
        <comment>related warning:381</comment>
        <extracomment>How warning:381 differs</extracomment>
        <translation>El aviso 381 es el caso inverso, en el que SIPS es obligatorio.</translation>
    </message>
</context>
<context>
    <name>warning:381</name>
    <message>
        <source>SIPS Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>SIPS obligatorio</translation>
    </message>
    <message>
        <source>The request used a plain SIP URI but the target can only be reached with SIPS.</source>
        <comment>summary</comment>
        <translation>La solicitud utilizó una URI SIP simple, pero el destino solo es alcanzable con SIPS.</translation>
    </message>
    <message>
        <source>RFC 5630 added warning 381 for the case where the request cannot be processed because the SIPS scheme is required for the target. It typically appears in a 480 Temporarily Unavailable response when the callee registered only sips: contacts and the request came with a sip: Request-URI.</source>
        <comment>description</comment>
        <translation>La RFC 5630 añadió el aviso 381 para el caso en que la solicitud no puede procesarse porque el esquema SIPS es obligatorio para el destino. Suele aparecer en una respuesta 480 Temporarily Unavailable cuando el llamado solo registró contactos sips: y la solicitud llegó con una Request-URI sip:.</translation>
    </message>
    <message>
        <source>You see it when a user agent that only accepts secure signalling registered with sips: contacts and a caller dials its sip: address. Some clients then retry the call automatically with a sips: URI.</source>
        <comment>seenWhen</comment>
        <translation>Aparece cuando un agente de usuario que solo acepta señalización segura se registró con contactos sips: y un llamante marca su dirección sip:. Algunos clientes vuelven a intentar entonces la llamada automáticamente con una URI sips:.</translation>
    </message>
    <message>
        <source>The proxy or registrar for the target, based on the contacts the callee registered.</source>
        <comment>sentBy</comment>
        <translation>El proxy o el registrar del destino, en función de los contactos que registró el llamado.</translation>
    </message>
    <message>
        <source>Retry with a sips: Request-URI over TLS. Resending with sip: will fail again.</source>
        <comment>retryNote</comment>
        <translation>Reintente con una Request-URI sips: sobre TLS. Reenviar con sip: volverá a fallar.</translation>
    </message>
    <message>
        <source>Check the Request-URI scheme of the failed call and the registered contacts of the callee.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Compruebe el esquema de la Request-URI de la llamada fallida y los contactos registrados del llamado.</translation>
    </message>
    <message>
        <source>Retry the call with a sips: Request-URI over TLS.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reintente la llamada con una Request-URI sips: sobre TLS.</translation>
    </message>
    <message>
        <source>Make sure the calling side has TLS configured with valid certificates toward the proxy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Asegúrese de que el lado llamante tiene TLS configurado con certificados válidos hacia el proxy.</translation>
    </message>
    <message>
        <source>Shows code 381 and the proxy that requires the SIPS scheme.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Muestra el código 381 y el proxy que exige el esquema SIPS.</translation>
    </message>
    <message>
        <source>A 480 is the response that carries this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Un 480 es la respuesta que transporta este aviso.</translation>
    </message>
    <message>
        <source>Warning 380 is the reverse case, where SIPS is not allowed.</source>
        <comment>related warning:380</comment>
        <extracomment>How warning:380 differs</extracomment>
        <translation>El aviso 380 es el caso inverso, en el que SIPS no está permitido.</translation>
    </message>
</context>
<context>
    <name>warning:399</name>
    <message>
        <source>Miscellaneous warning</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Aviso diverso</translation>
    </message>
    <message>
        <source>Free-form, vendor-specific warning text for humans and logs; never a trigger for automatic action.</source>
        <comment>summary</comment>
        <translation>Texto de aviso libre y específico del fabricante, destinado a personas y registros; nunca debe desencadenar una acción automática.</translation>
    </message>
    <message>
        <source>Warning 399 is the catch-all code for anything that does not fit the other warn-codes. The warn-text is free text chosen by the sender, and receivers must not take automated action based on it. What matters when troubleshooting is the warn-agent, which names the element that added the warning, and the quoted text, which often carries a vendor error string.</source>
        <comment>description</comment>
        <translation>El aviso 399 es el código comodín para todo lo que no encaja en los demás warn-codes. El warn-text es texto libre elegido por el emisor, y los receptores no deben emprender acciones automáticas basándose en él. Lo que importa al diagnosticar es el warn-agent, que indica el elemento que añadió el aviso, y el texto entre comillas, que a menudo contiene una cadena de error del fabricante.</translation>
    </message>
    <message>
        <source>It is the most common warning in real traces. PBXs, SBCs, carriers and cloud platforms add it to 403, 404, 480, 486, 488 or 503 responses with texts such as a blocked number, an exceeded call limit, an unknown route or a failed authentication.</source>
        <comment>seenWhen</comment>
        <translation>Es el aviso más habitual en las trazas reales. PBX, SBC, operadores y plataformas en la nube lo añaden a respuestas 403, 404, 480, 486, 488 o 503 con textos como un número bloqueado, un límite de llamadas superado, una ruta desconocida o una autenticación fallida.</translation>
    </message>
    <message>
        <source>Any SIP element that wants to give a human-readable reason, most often SBCs, PBXs and carrier platforms.</source>
        <comment>sentBy</comment>
        <translation>Cualquier elemento SIP que quiera dar un motivo legible por personas, con mayor frecuencia SBC, PBX y plataformas de operador.</translation>
    </message>
    <message>
        <source>The warning itself never justifies an automatic retry; follow the retry rules of the status code that carried it.</source>
        <comment>retryNote</comment>
        <translation>El aviso por sí mismo nunca justifica un reintento automático; siga las reglas de reintento del código de estado que lo transportaba.</translation>
    </message>
    <message>
        <source>Read the warn-agent to see which host or product added the warning.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lea el warn-agent para ver qué host o producto añadió el aviso.</translation>
    </message>
    <message>
        <source>Search that vendor&apos;s documentation or logs for the exact quoted text.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Busque el texto exacto entre comillas en la documentación o los registros de ese fabricante.</translation>
    </message>
    <message>
        <source>Interpret the text together with the status code it came with, since the code governs the protocol behaviour.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Interprete el texto junto con el código de estado con el que llegó, ya que es el código el que rige el comportamiento del protocolo.</translation>
    </message>
    <message>
        <source>The warn-agent and the quoted text are the whole value of this warning; copy them verbatim when opening a ticket.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>El warn-agent y el texto entre comillas son todo el valor de este aviso; cópielos literalmente al abrir una incidencia.</translation>
    </message>
    <message>
        <source>Carriers often explain a 403 with a 399 text.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Los operadores suelen explicar un 403 con un texto 399.</translation>
    </message>
    <message>
        <source>SBCs often attach a 399 text such as a call limit to a 503.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Los SBC suelen adjuntar a un 503 un texto 399, como un límite de llamadas.</translation>
    </message>
    <message>
        <source>A 488 may carry a 399 text when no specific SDP warning fits.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Un 488 puede llevar un texto 399 cuando no encaja ningún aviso SDP específico.</translation>
    </message>
    <message>
        <source>Warning 307 is the specific catch-all for SDP problems.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation>El aviso 307 es el comodín específico para los problemas de SDP.</translation>
    </message>
</context>
</TS>
