<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Gilt nur, wenn das Gateway die Challenge nicht selbst beantworten kann; ein Gateway mit hinterlegten Zugangsdaten sollte den INVITE mit diesen erneut senden und den Ruf fortsetzen, statt ihn auszulösen.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 406 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>Applies only when the gateway cannot answer the challenge itself; a gateway that holds credentials should resend the INVITE with them and continue the call instead of releasing it.</source>
        <comment>sip 407 to cause 21</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Gilt nur, wenn das Gateway die Challenge nicht selbst beantworten kann; ein Gateway mit hinterlegten Zugangsdaten sollte den INVITE mit diesen erneut senden und den Ruf fortsetzen, statt ihn auszulösen.</translation>
    </message>
    <message>
        <source>The RFC uses the variant of cause 22 without a diagnostic.</source>
        <comment>sip 410 to cause 22</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC verwendet die Variante von Cause 22 ohne Diagnostik.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 413 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 414 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 415 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 416 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 420 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 421 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 423 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 484 to cause 28</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC gives no cause for 487; the gateway normally only receives it after cancelling the INVITE itself.</source>
        <comment>sip 487 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC sieht für 487 keinen Cause-Wert vor; das Gateway erhält diese Antwort normalerweise nur, nachdem es den INVITE selbst abgebrochen hat.</translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 488 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Kein fester Cause-Wert: Der RFC leitet ihn aus dem Warning-Header ab und empfiehlt für die meisten warn-codes standardmäßig 31 sowie 65, wenn die Warnung auf eine nicht verfügbare Übermittlungsfähigkeit (Bearer Capability) hinweist.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 505 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 513 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC bevorzugt, dass das Gateway den abgewiesenen Request korrigiert und die Session erneut aufbaut; nur wenn das nicht möglich ist, löst es die ISUP-Seite mit diesem Cause-Wert aus.</translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 606 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Kein fester Cause-Wert: Der RFC leitet ihn aus dem Warning-Header ab und empfiehlt für die meisten warn-codes standardmäßig 31 sowie 65, wenn die Warnung auf eine nicht verfügbare Übermittlungsfähigkeit (Bearer Capability) hinweist.</translation>
    </message>
    <message>
        <source>No error response is defined: the gateway normally turns this cause into a BYE, or a CANCEL if the call was not yet answered.</source>
        <comment>cause 16 to sip none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Es ist keine Fehlerantwort definiert: Das Gateway setzt diesen Cause-Wert normalerweise in einen BYE um, oder in einen CANCEL, wenn der Ruf noch nicht angenommen wurde.</translation>
    </message>
    <message>
        <source>When the cause location says the user rejected the call, the RFC allows 603 Decline to be sent instead of 403.</source>
        <comment>cause 21 to sip 403</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Wenn die Location der Cause angibt, dass der Teilnehmer den Ruf abgewiesen hat, erlaubt der RFC, statt 403 die Antwort 603 Decline zu senden.</translation>
    </message>
    <message>
        <source>This row is for a REL without a diagnostic giving the new number.</source>
        <comment>cause 22 to sip 410</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Diese Zeile gilt für eine REL ohne Diagnostik mit der neuen Rufnummer.</translation>
    </message>
    <message>
        <source>This row is for a REL whose diagnostic holds the new number; that number becomes the Contact of the 301.</source>
        <comment>cause 22 to sip 301</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Diese Zeile gilt für eine REL, deren Diagnostik die neue Rufnummer enthält; diese Rufnummer wird zum Contact der 301.</translation>
    </message>
    <message>
        <source>The RFC marks this row as following an ANSI procedure.</source>
        <comment>cause 26 to sip 404</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Der RFC kennzeichnet diese Zeile als einem ANSI-Verfahren folgend.</translation>
    </message>
    <message>
        <source>The published table prints this row as &quot;510 Not implemented&quot;; 510 is not a registered SIP status code, so 501 Not Implemented is the intended response and is what implementations such as Asterisk and OPAL use.</source>
        <comment>cause 29 to sip 501</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Die veröffentlichte Tabelle gibt diese Zeile als &quot;510 Not implemented&quot; an; 510 ist kein registrierter SIP-Statuscode, gemeint ist also 501 Not Implemented, und diese Antwort verwenden auch Implementierungen wie Asterisk und OPAL.</translation>
    </message>
    <message>
        <source>FreeSWITCH (hangup_cause_to_sip in mod_sofia) answers CALL_REJECTED with 603 Decline whatever the cause location, a deviation from RFC 3398, which gives 403 and allows 603 only for a user location.</source>
        <comment>FreeSWITCH cause 21 to sip 603</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>FreeSWITCH (hangup_cause_to_sip in mod_sofia) beantwortet CALL_REJECTED unabhängig von der Location der Cause mit 603 Decline – eine Abweichung von RFC 3398, der 403 vorsieht und 603 nur bei der Location „Teilnehmer“ zulässt.</translation>
    </message>
    <message>
        <source>Current FreeSWITCH releases map INCOMPATIBLE_DESTINATION to 488 Not Acceptable Here, grouped with bearer capability not implemented, a deviation from the 503 in RFC 3398.</source>
        <comment>FreeSWITCH cause 88 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Aktuelle FreeSWITCH-Versionen bilden INCOMPATIBLE_DESTINATION, zusammen mit „Übermittlungsfähigkeit nicht implementiert“, auf 488 Not Acceptable Here ab – eine Abweichung von der 503 in RFC 3398.</translation>
    </message>
    <message>
        <source>FreeSWITCH has no explicit case for INTERWORKING, so it falls through to the default 480 Temporarily Unavailable, a deviation from the 500 in RFC 3398; other unlisted causes such as 111 get 480 the same way.</source>
        <comment>FreeSWITCH cause 127 to sip 480</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>FreeSWITCH hat keinen eigenen Fall für INTERWORKING, daher greift der Standardwert 480 Temporarily Unavailable – eine Abweichung von der 500 in RFC 3398; andere nicht aufgeführte Causes wie 111 erhalten auf dieselbe Weise 480.</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip sends 488 Not Acceptable Here for BEARERCAPABILITY_NOTAVAIL, which it uses when no common codec exists, a deviation from the 503 in RFC 3398.</source>
        <comment>Asterisk cause 58 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk chan_pjsip sendet 488 Not Acceptable Here für BEARERCAPABILITY_NOTAVAIL, das es verwendet, wenn kein gemeinsamer Codec existiert – eine Abweichung von der 503 in RFC 3398.</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip turns a received 503 into AST_CAUSE_CONGESTION (34), a deviation from RFC 3398, which maps 503 to cause 41.</source>
        <comment>Asterisk sip 503 to cause 34</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk chan_pjsip setzt eine empfangene 503 in AST_CAUSE_CONGESTION (34) um – eine Abweichung von RFC 3398, der 503 auf Cause 41 abbildet.</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip maps a received 488 (and 606) to BEARERCAPABILITY_NOTAVAIL (58) without looking at the Warning header, a deviation from RFC 3398, which derives the cause from the Warning (31 by default, 65 for bearer problems).</source>
        <comment>Asterisk sip 488 to cause 58</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk chan_pjsip bildet eine empfangene 488 (und 606) auf BEARERCAPABILITY_NOTAVAIL (58) ab, ohne den Warning-Header auszuwerten – eine Abweichung von RFC 3398, der die Cause aus dem Warning-Header ableitet (standardmäßig 31, bei Problemen mit der Übermittlungsfähigkeit 65).</translation>
    </message>
</context>
<context>
    <name>q850:1</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht zugeteilte (nicht vergebene) Rufnummer</translation>
    </message>
    <message>
        <source>The dialled number is well formed but is not assigned to any subscriber.</source>
        <comment>summary</comment>
        <translation>Die gewählte Rufnummer ist formal korrekt, aber keinem Teilnehmer zugeteilt.</translation>
    </message>
    <message>
        <source>The called number passes format checks but no line or service is assigned to it in the terminating network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>Die gerufene Rufnummer besteht die Formatprüfung, aber im Zielnetz ist ihr kein Anschluss und kein Dienst zugeordnet. RFC 3398 bildet sie auf 404 Not Found ab.</translation>
    </message>
    <message>
        <source>A carrier answers the INVITE with 404 and Reason: Q.850;cause=1 when the DID has been disconnected or the dial plan built a wrong but valid-looking number.</source>
        <comment>seenWhen</comment>
        <translation>Ein Carrier beantwortet den INVITE mit 404 und Reason: Q.850;cause=1, wenn die Durchwahlnummer (DID) abgeschaltet wurde oder der Wählplan eine falsche, aber gültig aussehende Rufnummer erzeugt hat.</translation>
    </message>
    <message>
        <source>The terminating exchange or a carrier SBC that finds no assignment for the number; PBXs also use it when an extension does not exist.</source>
        <comment>sentBy</comment>
        <translation>Die Zielvermittlungsstelle oder ein Carrier-SBC, der keine Zuteilung für die Rufnummer findet; TK-Anlagen verwenden sie auch, wenn eine Nebenstelle nicht existiert.</translation>
    </message>
    <message>
        <source>Retrying the same number will fail the same way. Only retry after correcting the digits or the number translation.</source>
        <comment>retryNote</comment>
        <translation>Ein erneuter Versuch mit derselben Rufnummer scheitert auf die gleiche Weise. Erst nach Korrektur der Ziffern oder der Rufnummernumsetzung erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the Request-URI user part against the number actually dialled, including country code and E.164 normalisation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den User-Teil der Request-URI gegen die tatsächlich gewählte Rufnummer, einschließlich Ländervorwahl und E.164-Normalisierung.</translation>
    </message>
    <message>
        <source>Dial the same number from a mobile or another carrier to see whether it is really unassigned.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wählen Sie dieselbe Rufnummer von einem Mobiltelefon oder über einen anderen Carrier, um festzustellen, ob sie wirklich nicht vergeben ist.</translation>
    </message>
    <message>
        <source>If the number should exist, open a ticket with the terminating carrier with the Call-ID and timestamp.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wenn die Rufnummer existieren sollte, eröffnen Sie beim Ziel-Carrier ein Ticket mit Call-ID und Zeitstempel.</translation>
    </message>
    <message>
        <source>Carries cause=1; the location field shows which network decided the number is unassigned.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=1; das Location-Feld zeigt, welches Netz entschieden hat, dass die Rufnummer nicht vergeben ist.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 3 means the number may exist but this network cannot route to it.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>Cause 3 bedeutet, dass die Rufnummer existieren kann, dieses Netz aber keine Route dorthin hat.</translation>
    </message>
    <message>
        <source>Cause 22 says the number existed but has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>Cause 22 besagt, dass die Rufnummer existiert hat, sich aber geändert hat.</translation>
    </message>
</context>
<context>
    <name>q850:100</name>
    <message>
        <source>Invalid information element contents</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültiger Inhalt des Informationselements</translation>
    </message>
    <message>
        <source>An information element was recognised but its contents are coded wrongly.</source>
        <comment>summary</comment>
        <translation>Ein Informationselement wurde erkannt, sein Inhalt ist aber falsch codiert.</translation>
    </message>
    <message>
        <source>The equipment implements the information element, but one or more fields are coded in a way it does not implement. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung implementiert das Informationselement, aber ein oder mehrere Felder sind auf eine Weise codiert, die sie nicht implementiert. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen when a calling or called number from SIP contains characters or a numbering plan the PSTN side cannot encode, for example a plus sign or letters in the digits.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn eine A- oder B-Rufnummer aus SIP Zeichen oder einen Numbering Plan enthält, die die PSTN-Seite nicht codieren kann, zum Beispiel ein Pluszeichen oder Buchstaben in den Ziffern.</translation>
    </message>
    <message>
        <source>Gateways and exchanges validating element contents.</source>
        <comment>sentBy</comment>
        <translation>Gateways und Vermittlungsstellen, die Elementinhalte validieren.</translation>
    </message>
    <message>
        <source>Retry after correcting the offending field.</source>
        <comment>retryNote</comment>
        <translation>Nach Korrektur des fehlerhaften Feldes erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the digits in From, P-Asserted-Identity and the Request-URI for non-numeric characters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Ziffern in From, P-Asserted-Identity und der Request-URI auf nichtnumerische Zeichen.</translation>
    </message>
    <message>
        <source>Set the type of number and numbering plan correctly on the gateway.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Stellen Sie Type of Number und Numbering Plan am Gateway korrekt ein.</translation>
    </message>
    <message>
        <source>Retry with clean digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Versuchen Sie es mit bereinigten Ziffern erneut.</translation>
    </message>
    <message>
        <source>Carries cause=100; the diagnostic may name the element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=100; die Diagnostik kann das Element benennen.</translation>
    </message>
    <message>
        <source>Cause 96 means the element is missing.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation>Cause 96 bedeutet, dass das Element fehlt.</translation>
    </message>
    <message>
        <source>Cause 99 means the element is unknown.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>Cause 99 bedeutet, dass das Element unbekannt ist.</translation>
    </message>
    <message>
        <source>Cause 28 is the specific called number format error.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>Cause 28 ist der spezifische Formatfehler der gerufenen Rufnummer.</translation>
    </message>
</context>
<context>
    <name>q850:101</name>
    <message>
        <source>Message not compatible with call state</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nachricht nicht kompatibel mit Rufzustand</translation>
    </message>
    <message>
        <source>A message arrived that is not allowed in the current call state.</source>
        <comment>summary</comment>
        <translation>Es ist eine Nachricht eingetroffen, die im aktuellen Rufzustand nicht zulässig ist.</translation>
    </message>
    <message>
        <source>The equipment received a message that its procedures do not permit in the current call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung hat eine Nachricht empfangen, die ihre Prozeduren im aktuellen Rufzustand nicht zulassen. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen from PRI or ISUP gateways after signalling races, such as a release crossing a connect, relayed in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation>Tritt bei PRI- oder ISUP-Gateways nach Signalisierungs-Races auf, etwa wenn sich ein Release mit einem Connect kreuzt, und wird in einem Reason-Header weitergegeben.</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment.</source>
        <comment>sentBy</comment>
        <translation>ISDN- oder ISUP-Einrichtungen.</translation>
    </message>
    <message>
        <source>A new attempt may succeed; the fault is in the state of one call.</source>
        <comment>retryNote</comment>
        <translation>Ein neuer Versuch kann erfolgreich sein; der Fehler liegt im Zustand eines einzelnen Rufs.</translation>
    </message>
    <message>
        <source>Capture the TDM trace and look for crossing messages.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Zeichnen Sie den TDM-Trace auf und suchen Sie nach sich kreuzenden Nachrichten.</translation>
    </message>
    <message>
        <source>Check timers and timing of call tear-down on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie Timer und zeitlichen Ablauf des Verbindungsabbaus auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Update gateway firmware if the behaviour is a known defect.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Aktualisieren Sie die Gateway-Firmware, wenn das Verhalten ein bekannter Fehler ist.</translation>
    </message>
    <message>
        <source>Carries cause=101.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=101.</translation>
    </message>
    <message>
        <source>Cause 98 combines this case with unknown message types.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>Cause 98 fasst diesen Fall mit unbekannten Nachrichtentypen zusammen.</translation>
    </message>
    <message>
        <source>Cause 81 is an unknown call reference.</source>
        <comment>related q850:81</comment>
        <extracomment>How q850:81 differs</extracomment>
        <translation>Cause 81 ist eine unbekannte Call Reference (Rufreferenz).</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>Cause 111 ist der allgemeine Protokollfehler.</translation>
    </message>
</context>
<context>
    <name>q850:102</name>
    <message>
        <source>Recovery on timer expiry</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Wiederherstellung nach Timer-Ablauf</translation>
    </message>
    <message>
        <source>A protocol timer expired and error recovery cleared the call.</source>
        <comment>summary</comment>
        <translation>Ein Protokoll-Timer ist abgelaufen, und die Fehlerbehandlung hat den Ruf ausgelöst.</translation>
    </message>
    <message>
        <source>A procedure was started because a timer expired during error handling. RFC 3398 renders it as 504 Server Time-out and uses it for 408 and 504 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>Eine Prozedur wurde gestartet, weil während der Fehlerbehandlung ein Timer abgelaufen ist. RFC 3398 bildet sie auf 504 Server Time-out ab und verwendet sie in Richtung SIP nach ISUP für 408 und 504.</translation>
    </message>
    <message>
        <source>A 504 with Reason: Q.850;cause=102 when the PSTN side never got a timely answer from the next exchange; also a REL with cause 102 after your side timed out with 408.</source>
        <comment>seenWhen</comment>
        <translation>Eine 504 mit Reason: Q.850;cause=102, wenn die PSTN-Seite von der nächsten Vermittlungsstelle nicht rechtzeitig eine Antwort erhalten hat; ebenso eine REL mit Cause 102, nachdem Ihre Seite mit 408 in einen Timeout gelaufen ist.</translation>
    </message>
    <message>
        <source>Gateways and exchanges whose signalling timer fired.</source>
        <comment>sentBy</comment>
        <translation>Gateways und Vermittlungsstellen, bei denen ein Signalisierungs-Timer abgelaufen ist.</translation>
    </message>
    <message>
        <source>Route advance is reasonable; the same route may work later.</source>
        <comment>retryNote</comment>
        <translation>Route Advance ist sinnvoll; dieselbe Route kann später wieder funktionieren.</translation>
    </message>
    <message>
        <source>Check whether the far end of the PSTN route is reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob das ferne Ende der PSTN-Route erreichbar ist.</translation>
    </message>
    <message>
        <source>Compare the gateway&apos;s timers with your INVITE timeout (Timer B, Timer C).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vergleichen Sie die Timer des Gateways mit Ihrem INVITE-Timeout (Timer B, Timer C).</translation>
    </message>
    <message>
        <source>Route advance to another carrier if the timeout repeats.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Weichen Sie per Route Advance auf einen anderen Carrier aus, wenn sich der Timeout wiederholt.</translation>
    </message>
    <message>
        <source>Carries cause=102; the location shows which side timed out.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=102; die Location zeigt, welche Seite in den Timeout gelaufen ist.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>RFC 3398 maps a SIP 408 back to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>RFC 3398 bildet eine SIP-408 zurück auf diesen Cause-Wert ab.</translation>
    </message>
    <message>
        <source>Cause 18 is a user that did not respond in time.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>Cause 18 ist ein Teilnehmer, der nicht rechtzeitig geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>q850:103</name>
    <message>
        <source>Parameter non-existent or not implemented - passed on (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Parameter nicht existent oder nicht implementiert – weitergegeben (nationale Nutzung)</translation>
    </message>
    <message>
        <source>An unknown ISUP parameter was ignored and passed on unchanged.</source>
        <comment>summary</comment>
        <translation>Ein unbekannter ISUP-Parameter wurde ignoriert und unverändert weitergegeben.</translation>
    </message>
    <message>
        <source>The equipment received parameters it does not recognise; they were ignored, and an intermediate exchange passed them on unchanged. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung hat Parameter empfangen, die sie nicht erkennt; sie wurden ignoriert, und eine Transitvermittlungsstelle hat sie unverändert weitergegeben. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Normally informational, reported in an ISUP confusion or notification; in SIP it may appear in a Reason header if a gateway copies it into a release.</source>
        <comment>seenWhen</comment>
        <translation>Normalerweise rein informativ und in einer ISUP-Confusion- oder Notification-Meldung gemeldet; in SIP kann sie in einem Reason-Header erscheinen, wenn ein Gateway sie in ein Release übernimmt.</translation>
    </message>
    <message>
        <source>ISUP exchanges in national networks.</source>
        <comment>sentBy</comment>
        <translation>ISUP-Vermittlungsstellen in nationalen Netzen.</translation>
    </message>
    <message>
        <source>If the call failed, retry without the unknown parameter.</source>
        <comment>retryNote</comment>
        <translation>Wenn der Ruf gescheitert ist, ohne den unbekannten Parameter erneut versuchen.</translation>
    </message>
    <message>
        <source>Identify the parameter named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie den in der Diagnostik genannten Parameter.</translation>
    </message>
    <message>
        <source>Decide whether that parameter needs to be sent on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entscheiden Sie, ob dieser Parameter auf dieser Route gesendet werden muss.</translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier if releases result.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stimmen Sie die ISUP-Varianten mit dem Carrier ab, wenn es zu Auslösungen kommt.</translation>
    </message>
    <message>
        <source>Carries cause=103.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=103.</translation>
    </message>
    <message>
        <source>Cause 99 is the general unknown element case.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>Cause 99 ist der allgemeine Fall des unbekannten Elements.</translation>
    </message>
    <message>
        <source>Cause 110 means the message was discarded instead.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation>Cause 110 bedeutet, dass die Nachricht stattdessen verworfen wurde.</translation>
    </message>
</context>
<context>
    <name>q850:110</name>
    <message>
        <source>Message with unrecognized parameter discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nachricht mit unbekanntem Parameter verworfen</translation>
    </message>
    <message>
        <source>A message was discarded because it contained an unknown parameter.</source>
        <comment>summary</comment>
        <translation>Eine Nachricht wurde verworfen, weil sie einen unbekannten Parameter enthielt.</translation>
    </message>
    <message>
        <source>The equipment discarded a received message that includes a parameter it does not recognise. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung hat eine empfangene Nachricht verworfen, die einen Parameter enthält, den sie nicht erkennt. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen when SIP-I or ISUP content from your side carries a parameter the carrier&apos;s exchange refuses.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn SIP-I- oder ISUP-Inhalte von Ihrer Seite einen Parameter enthalten, den die Vermittlungsstelle des Carriers ablehnt.</translation>
    </message>
    <message>
        <source>ISUP exchanges.</source>
        <comment>sentBy</comment>
        <translation>ISUP-Vermittlungsstellen.</translation>
    </message>
    <message>
        <source>Retry without the unrecognised parameter.</source>
        <comment>retryNote</comment>
        <translation>Ohne den unbekannten Parameter erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the ISUP body (SIP-I or SIP-T) the SBC or gateway adds.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den ISUP-Body (SIP-I oder SIP-T), den der SBC oder das Gateway hinzufügt.</translation>
    </message>
    <message>
        <source>Remove or correct the parameter the carrier does not accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entfernen oder korrigieren Sie den Parameter, den der Carrier nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stimmen Sie die ISUP-Varianten mit dem Carrier ab.</translation>
    </message>
    <message>
        <source>Carries cause=110.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=110.</translation>
    </message>
    <message>
        <source>Cause 99 ignores the element instead of discarding the message.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>Cause 99 ignoriert das Element, statt die Nachricht zu verwerfen.</translation>
    </message>
    <message>
        <source>Cause 103 passes the parameter on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation>Cause 103 gibt den Parameter weiter.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>Cause 111 ist der allgemeine Protokollfehler.</translation>
    </message>
</context>
<context>
    <name>q850:111</name>
    <message>
        <source>Protocol error, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Protokollfehler, unspezifiziert</translation>
    </message>
    <message>
        <source>A protocol error occurred and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation>Es ist ein Protokollfehler aufgetreten, und keine spezifischere Cause trifft zu.</translation>
    </message>
    <message>
        <source>Reports a protocol error event only when no other cause in the protocol error class applies. RFC 3398 renders it as 500 Server Internal Error.</source>
        <comment>description</comment>
        <translation>Meldet einen Protokollfehler nur dann, wenn keine andere Cause der Klasse Protokollfehler zutrifft. RFC 3398 bildet sie auf 500 Server Internal Error ab.</translation>
    </message>
    <message>
        <source>A 500 with Reason: Q.850;cause=111 from a gateway that hit a signalling error it cannot classify.</source>
        <comment>seenWhen</comment>
        <translation>Eine 500 mit Reason: Q.850;cause=111 von einem Gateway, das auf einen Signalisierungsfehler gestoßen ist, den es nicht einordnen kann.</translation>
    </message>
    <message>
        <source>Gateways and switches reporting an unclassified protocol error.</source>
        <comment>sentBy</comment>
        <translation>Gateways und Vermittlungen, die einen nicht klassifizierten Protokollfehler melden.</translation>
    </message>
    <message>
        <source>Try another route; repeated failures on this one need traces.</source>
        <comment>retryNote</comment>
        <translation>Versuchen Sie eine andere Route; wiederholte Fehler auf dieser Route erfordern Traces.</translation>
    </message>
    <message>
        <source>Capture SIP and TDM traces of the failing call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Zeichnen Sie SIP- und TDM-Traces des fehlschlagenden Rufs auf.</translation>
    </message>
    <message>
        <source>Compare with a working call to spot unusual headers, body parts or numbers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vergleichen Sie mit einem funktionierenden Ruf, um ungewöhnliche Header, Body-Teile oder Rufnummern zu erkennen.</translation>
    </message>
    <message>
        <source>Report the trace to the gateway or carrier vendor.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Melden Sie den Trace dem Hersteller des Gateways bzw. dem Carrier.</translation>
    </message>
    <message>
        <source>Carries cause=111.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=111.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation>Cause 95 ist die allgemeine ungültige Nachricht.</translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>Cause 127 ist die allgemeine Interworking-Cause.</translation>
    </message>
</context>
<context>
    <name>q850:127</name>
    <message>
        <source>Interworking, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Interworking, unspezifiziert</translation>
    </message>
    <message>
        <source>The call crossed a network that did not report the real cause.</source>
        <comment>summary</comment>
        <translation>Der Ruf ist über ein Netz gelaufen, das die tatsächliche Cause nicht gemeldet hat.</translation>
    </message>
    <message>
        <source>Interworking with a network that does not provide causes for its actions took place, so the precise cause is unknown. RFC 3398 renders it as 500 Server Internal Error and maps several SIP errors, such as 413, 414, 416, 420, 421, 423, 505 and 513, to it.</source>
        <comment>description</comment>
        <translation>Es fand ein Interworking mit einem Netz statt, das für seine Aktionen keine Causes liefert; die genaue Ursache ist daher unbekannt. RFC 3398 bildet sie auf 500 Server Internal Error ab und ordnet ihr mehrere SIP-Fehler zu, etwa 413, 414, 416, 420, 421, 423, 505 und 513.</translation>
    </message>
    <message>
        <source>A 500 or 503 with Reason: Q.850;cause=127 from a carrier whose downstream route (another SIP network or an international partner) failed without a usable cause.</source>
        <comment>seenWhen</comment>
        <translation>Eine 500 oder 503 mit Reason: Q.850;cause=127 von einem Carrier, dessen nachgelagerte Route (ein anderes SIP-Netz oder ein internationaler Partner) ohne verwertbare Cause gescheitert ist.</translation>
    </message>
    <message>
        <source>Carriers and gateways relaying a failure from a network that gave no cause.</source>
        <comment>sentBy</comment>
        <translation>Carrier und Gateways, die einen Fehler aus einem Netz weitergeben, das keine Cause geliefert hat.</translation>
    </message>
    <message>
        <source>Route advance to another carrier is the practical response.</source>
        <comment>retryNote</comment>
        <translation>Route Advance zu einem anderen Carrier ist die praktikable Reaktion.</translation>
    </message>
    <message>
        <source>Retry to see if the failure is consistent for that destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Versuchen Sie es erneut, um zu sehen, ob der Fehler für dieses Ziel reproduzierbar ist.</translation>
    </message>
    <message>
        <source>Ask the carrier for their downstream release reason with the Call-ID.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier unter Angabe der Call-ID nach dem Auslösegrund im nachgelagerten Netz.</translation>
    </message>
    <message>
        <source>Route the destination via another carrier if failures persist.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Leiten Sie das Ziel über einen anderen Carrier, wenn die Fehler anhalten.</translation>
    </message>
    <message>
        <source>Carries cause=127; the text parameter sometimes holds the original reason.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=127; der text-Parameter enthält manchmal den ursprünglichen Grund.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal-class cause.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>Cause 31 ist die allgemeine Cause der Normal-Klasse.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>Cause 111 ist der allgemeine Protokollfehler.</translation>
    </message>
</context>
<context>
    <name>q850:14</name>
    <message>
        <source>QoR: ported number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>QoR: portierte Rufnummer</translation>
    </message>
    <message>
        <source>The called number has been ported out, so the originating network must look it up and reroute.</source>
        <comment>summary</comment>
        <translation>Die gerufene Rufnummer wurde wegportiert; das Ursprungsnetz muss sie nachschlagen und den Ruf neu routen.</translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause supports query-on-release number portability: an exchange found that the called number was ported away, and the preceding network should query its portability data and route again. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Diese per Ergänzung in Q.850 aufgenommene Cause unterstützt Rufnummernportierung nach dem Query-on-Release-Verfahren: Eine Vermittlungsstelle hat festgestellt, dass die gerufene Rufnummer wegportiert wurde, und das vorgelagerte Netz soll seine Portierungsdaten abfragen und erneut routen. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response from a carrier when a call to a recently ported number is sent to the donor network without a routing number.</source>
        <comment>seenWhen</comment>
        <translation>Tritt im Reason-Header einer Fehlerantwort eines Carriers auf, wenn ein Ruf zu einer kürzlich portierten Rufnummer ohne Routing-Nummer an das abgebende Netz gesendet wird.</translation>
    </message>
    <message>
        <source>The donor network&apos;s exchange in countries that use query on release for portability.</source>
        <comment>sentBy</comment>
        <translation>Die Vermittlungsstelle des abgebenden Netzes in Ländern, die für die Portierung Query on Release verwenden.</translation>
    </message>
    <message>
        <source>Retry once the number has been looked up in the portability database and the routing number applied.</source>
        <comment>retryNote</comment>
        <translation>Erneut versuchen, sobald die Rufnummer in der Portierungsdatenbank nachgeschlagen und die Routing-Nummer angewendet wurde.</translation>
    </message>
    <message>
        <source>Check whether your routing does a number portability lookup before sending the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob Ihr Routing vor dem Senden des Rufs eine Portierungsabfrage durchführt.</translation>
    </message>
    <message>
        <source>Refresh the portability data for the number or range.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktualisieren Sie die Portierungsdaten für die Rufnummer bzw. den Rufnummernbereich.</translation>
    </message>
    <message>
        <source>Route the call again with the routing number the portability database returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Routen Sie den Ruf erneut mit der Routing-Nummer, die die Portierungsdatenbank liefert.</translation>
    </message>
    <message>
        <source>Carries cause=14; it asks the previous network to do a portability query.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=14; damit wird das vorherige Netz aufgefordert, eine Portierungsabfrage durchzuführen.</translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all, rather than ported.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>Cause 1 bedeutet, dass die Rufnummer überhaupt nicht vergeben ist, statt portiert zu sein.</translation>
    </message>
    <message>
        <source>Cause 22 reports a changed number, not a ported one.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>Cause 22 meldet eine geänderte, keine portierte Rufnummer.</translation>
    </message>
    <message>
        <source>A possible SIP rendering when the gateway cannot reroute; RFC 3398 has no row for cause 14.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine mögliche SIP-Abbildung, wenn das Gateway nicht neu routen kann; RFC 3398 enthält keine Zeile für Cause 14.</translation>
    </message>
</context>
<context>
    <name>q850:16</name>
    <message>
        <source>Normal call clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Normales Auslösen</translation>
    </message>
    <message>
        <source>One of the parties hung up; the call ended normally.</source>
        <comment>summary</comment>
        <translation>Einer der Teilnehmer hat aufgelegt; der Ruf wurde normal beendet.</translation>
    </message>
    <message>
        <source>The call is being cleared because one of the users asked for it, and the network is normally not the source. RFC 3398 maps it to no error response: it normally becomes a BYE, or a CANCEL before answer.</source>
        <comment>description</comment>
        <translation>Der Ruf wird ausgelöst, weil einer der Teilnehmer dies veranlasst hat; das Netz ist normalerweise nicht der Auslöser. RFC 3398 ordnet ihr keine Fehlerantwort zu: Sie wird normalerweise zu einem BYE bzw. vor der Annahme zu einem CANCEL.</translation>
    </message>
    <message>
        <source>Seen as Reason: Q.850;cause=16 in a BYE or CANCEL from a carrier or gateway when the PSTN party hangs up.</source>
        <comment>seenWhen</comment>
        <translation>Erscheint als Reason: Q.850;cause=16 in einem BYE oder CANCEL von einem Carrier oder Gateway, wenn der PSTN-Teilnehmer auflegt.</translation>
    </message>
    <message>
        <source>Any endpoint, PBX or gateway relaying an ordinary hang-up.</source>
        <comment>sentBy</comment>
        <translation>Jedes Endgerät, jede TK-Anlage und jedes Gateway, das ein gewöhnliches Auflegen weitergibt.</translation>
    </message>
    <message>
        <source>Nothing to retry; the call ended normally.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; der Ruf wurde normal beendet.</translation>
    </message>
    <message>
        <source>Nothing needs fixing if the call lasted as expected.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Es muss nichts behoben werden, wenn der Ruf wie erwartet gedauert hat.</translation>
    </message>
    <message>
        <source>If calls drop unexpectedly with cause 16, check which side sent the first BYE and what triggered it (session timers, RTP inactivity timeout, transfer).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wenn Rufe unerwartet mit Cause 16 abbrechen, prüfen Sie, welche Seite den ersten BYE gesendet hat und was ihn ausgelöst hat (Session-Timer, RTP-Inaktivitäts-Timeout, Vermittlung/Transfer).</translation>
    </message>
    <message>
        <source>Compare call durations for a pattern, such as drops at a fixed time that point to a timer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Vergleichen Sie die Gesprächsdauern auf ein Muster, etwa Abbrüche nach einer festen Zeit, die auf einen Timer hindeuten.</translation>
    </message>
    <message>
        <source>Carries cause=16 in a BYE or CANCEL; the location shows which side cleared.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=16 in einem BYE oder CANCEL; die Location zeigt, welche Seite ausgelöst hat.</translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified member of the normal class, often used for failed set-ups.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>Cause 31 ist das unspezifizierte Mitglied der Normal-Klasse und wird oft bei gescheitertem Verbindungsaufbau verwendet.</translation>
    </message>
    <message>
        <source>Cause 17 ends a call attempt because the callee is busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>Cause 17 beendet einen Rufversuch, weil der Angerufene besetzt ist.</translation>
    </message>
    <message>
        <source>The final response an INVITE gets when it is cancelled by the caller.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>Die finale Antwort, die ein INVITE erhält, wenn er vom Anrufer abgebrochen wird.</translation>
    </message>
</context>
<context>
    <name>q850:17</name>
    <message>
        <source>User busy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Teilnehmer besetzt</translation>
    </message>
    <message>
        <source>The called party cannot take another call.</source>
        <comment>summary</comment>
        <translation>Der gerufene Teilnehmer kann keinen weiteren Ruf annehmen.</translation>
    </message>
    <message>
        <source>The called party is unable to accept another call because a busy condition was met. The user&apos;s equipment or the network may generate it. RFC 3398 renders it as 486 Busy Here.</source>
        <comment>description</comment>
        <translation>Der gerufene Teilnehmer kann keinen weiteren Ruf annehmen, weil ein Besetztzustand vorliegt. Die Endeinrichtung des Teilnehmers oder das Netz kann die Cause erzeugen. RFC 3398 bildet sie auf 486 Busy Here ab.</translation>
    </message>
    <message>
        <source>A 486 with Reason: Q.850;cause=17 from a carrier when the called line is engaged, or from a PBX when the extension has no free line.</source>
        <comment>seenWhen</comment>
        <translation>Eine 486 mit Reason: Q.850;cause=17 von einem Carrier, wenn der gerufene Anschluss belegt ist, oder von einer TK-Anlage, wenn die Nebenstelle keine freie Leitung hat.</translation>
    </message>
    <message>
        <source>The called device, its PBX, or the terminating network.</source>
        <comment>sentBy</comment>
        <translation>Das gerufene Endgerät, seine TK-Anlage oder das Zielnetz.</translation>
    </message>
    <message>
        <source>The same call may succeed later; a proxy forking to several contacts keeps trying the others.</source>
        <comment>retryNote</comment>
        <translation>Derselbe Ruf kann später erfolgreich sein; ein Proxy, der auf mehrere Contacts forkt, versucht es weiter bei den übrigen.</translation>
    </message>
    <message>
        <source>Confirm by calling the number from another line.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Bestätigen Sie dies durch einen Anruf der Rufnummer von einem anderen Anschluss.</translation>
    </message>
    <message>
        <source>If every call gets busy, check whether the destination PBX or trunk has hit its channel or licence limit.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wenn jeder Ruf besetzt ist, prüfen Sie, ob die Ziel-TK-Anlage oder der Trunk sein Kanal- oder Lizenzlimit erreicht hat.</translation>
    </message>
    <message>
        <source>Check call waiting and busy-on-busy settings on the destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie die Einstellungen für Anklopfen und Busy-on-Busy am Ziel.</translation>
    </message>
    <message>
        <source>Carries cause=17; the location tells whether the user or the network declared busy.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=17; die Location zeigt, ob der Teilnehmer oder das Netz „besetzt“ gemeldet hat.</translation>
    </message>
    <message>
        <source>Rarely present, but gives a hint when to try again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Selten vorhanden, gibt aber einen Hinweis, wann ein erneuter Versuch sinnvoll ist.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>The global busy response, which RFC 3398 also maps back to cause 17.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>Die globale Besetzt-Antwort, die RFC 3398 ebenfalls auf Cause 17 zurückbildet.</translation>
    </message>
    <message>
        <source>Cause 34 means the network, not the user, has no free circuit.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>Cause 34 bedeutet, dass das Netz und nicht der Teilnehmer keine freie Leitung hat.</translation>
    </message>
</context>
<context>
    <name>q850:18</name>
    <message>
        <source>No user responding</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Teilnehmer antwortet nicht</translation>
    </message>
    <message>
        <source>The called party did not respond to the call set-up in time.</source>
        <comment>summary</comment>
        <translation>Der gerufene Teilnehmer hat nicht rechtzeitig auf den Verbindungsaufbau reagiert.</translation>
    </message>
    <message>
        <source>The called party did not answer the set-up with either an alerting or a connect indication within the allowed time. RFC 3398 renders it as 408 Request Timeout.</source>
        <comment>description</comment>
        <translation>Der gerufene Teilnehmer hat den Verbindungsaufbau nicht innerhalb der zulässigen Zeit mit einer Alerting- oder Connect-Meldung beantwortet. RFC 3398 bildet sie auf 408 Request Timeout ab.</translation>
    </message>
    <message>
        <source>A 408 with Reason: Q.850;cause=18 from a carrier, typically for a mobile that could not be paged or a device that never started ringing.</source>
        <comment>seenWhen</comment>
        <translation>Eine 408 mit Reason: Q.850;cause=18 von einem Carrier, typischerweise für ein Mobiltelefon, das nicht gepagt werden konnte, oder ein Endgerät, das nie zu klingeln begann.</translation>
    </message>
    <message>
        <source>The terminating network when the called device never alerts.</source>
        <comment>sentBy</comment>
        <translation>Das Zielnetz, wenn das gerufene Endgerät nie Alerting meldet.</translation>
    </message>
    <message>
        <source>A later attempt may succeed once the device is reachable.</source>
        <comment>retryNote</comment>
        <translation>Ein späterer Versuch kann erfolgreich sein, sobald das Endgerät erreichbar ist.</translation>
    </message>
    <message>
        <source>Check whether the called device is powered on and reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob das gerufene Endgerät eingeschaltet und erreichbar ist.</translation>
    </message>
    <message>
        <source>Note that this 408 came from the far network, not from your own Timer B.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Beachten Sie, dass diese 408 vom fernen Netz stammt und nicht von Ihrem eigenen Timer B.</translation>
    </message>
    <message>
        <source>Retry later or route to voicemail.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Versuchen Sie es später erneut oder leiten Sie auf die Voicemail.</translation>
    </message>
    <message>
        <source>Carries cause=18; it separates this timeout from a local transaction timeout.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=18; damit lässt sich dieser Timeout von einem lokalen Transaktions-Timeout unterscheiden.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 19 means the phone rang but nobody answered.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation>Cause 19 bedeutet, dass das Telefon geklingelt hat, aber niemand abgenommen hat.</translation>
    </message>
    <message>
        <source>Cause 20 means the subscriber is known to be absent.</source>
        <comment>related q850:20</comment>
        <extracomment>How q850:20 differs</extracomment>
        <translation>Cause 20 bedeutet, dass der Teilnehmer bekanntermaßen abwesend ist.</translation>
    </message>
</context>
<context>
    <name>q850:19</name>
    <message>
        <source>No answer from user (user alerted)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Keine Rufannahme (Teilnehmer wird gerufen)</translation>
    </message>
    <message>
        <source>The called phone rang but was not answered in time.</source>
        <comment>summary</comment>
        <translation>Das gerufene Telefon hat geklingelt, der Ruf wurde aber nicht rechtzeitig angenommen.</translation>
    </message>
    <message>
        <source>The called party was alerted but did not connect within the allowed time. It is not always generated by the ISDN access procedures; network timers may produce it too. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>Der gerufene Teilnehmer wurde gerufen (Alerting), hat aber nicht innerhalb der zulässigen Zeit angenommen. Die Cause wird nicht immer von den ISDN-Zugangsprozeduren erzeugt; auch Netz-Timer können sie auslösen. RFC 3398 bildet sie auf 480 Temporarily Unavailable ab.</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=19 after a 180 Ringing, when the carrier&apos;s no-answer timer expires before your own.</source>
        <comment>seenWhen</comment>
        <translation>Eine 480 mit Reason: Q.850;cause=19 nach einer 180 Ringing, wenn der No-Answer-Timer des Carriers vor Ihrem eigenen abläuft.</translation>
    </message>
    <message>
        <source>The terminating network or PBX whose no-answer timer fired.</source>
        <comment>sentBy</comment>
        <translation>Das Zielnetz oder die TK-Anlage, deren No-Answer-Timer abgelaufen ist.</translation>
    </message>
    <message>
        <source>The caller may try again later; nothing on the request needs to change.</source>
        <comment>retryNote</comment>
        <translation>Der Anrufer kann es später erneut versuchen; am Request muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>Compare the carrier&apos;s no-answer timer with your PBX ring timeout.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie den No-Answer-Timer des Carriers mit dem Klingel-Timeout Ihrer TK-Anlage.</translation>
    </message>
    <message>
        <source>Configure call forwarding or voicemail if unanswered calls should go somewhere.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Richten Sie eine Rufumleitung oder Voicemail ein, wenn unbeantwortete Rufe irgendwohin gehen sollen.</translation>
    </message>
    <message>
        <source>Check whether the callee&apos;s device auto-rejects after a fixed ring time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob das Endgerät des Angerufenen nach einer festen Klingeldauer automatisch abweist.</translation>
    </message>
    <message>
        <source>Carries cause=19; it confirms the call did ring.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=19; sie bestätigt, dass es geklingelt hat.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 18 means the phone never started ringing.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>Cause 18 bedeutet, dass das Telefon nie zu klingeln begonnen hat.</translation>
    </message>
    <message>
        <source>Cause 16 would be used if the call was answered and then cleared.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>Cause 16 würde verwendet, wenn der Ruf angenommen und dann ausgelöst worden wäre.</translation>
    </message>
</context>
<context>
    <name>q850:2</name>
    <message>
        <source>No route to specified transit network (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Keine Route zum angegebenen Transitnetz (nationale Nutzung)</translation>
    </message>
    <message>
        <source>The call asked for a transit network that this exchange does not know or cannot reach.</source>
        <comment>summary</comment>
        <translation>Der Ruf hat ein Transitnetz angefordert, das diese Vermittlungsstelle nicht kennt oder nicht erreichen kann.</translation>
    </message>
    <message>
        <source>The exchange was told to route via a particular transit network, for example through a carrier selection code, and that network is unknown to it or does not serve it. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>Die Vermittlungsstelle sollte über ein bestimmtes Transitnetz routen, etwa über eine Betreiberkennzahl (Call-by-Call), und dieses Netz ist ihr unbekannt oder wird von ihr nicht bedient. RFC 3398 bildet sie auf 404 Not Found ab.</translation>
    </message>
    <message>
        <source>Seen in a 404 with Reason: Q.850;cause=2 when a carrier access or selection prefix is left in the dialled digits or the trunk forces a transit carrier the far switch does not recognise.</source>
        <comment>seenWhen</comment>
        <translation>Tritt in einer 404 mit Reason: Q.850;cause=2 auf, wenn ein Betreiberauswahl- oder Zugangspräfix in den gewählten Ziffern verblieben ist oder der Trunk einen Transit-Carrier erzwingt, den die ferne Vermittlung nicht kennt.</translation>
    </message>
    <message>
        <source>A PSTN exchange that cannot hand the call to the requested transit network.</source>
        <comment>sentBy</comment>
        <translation>Eine PSTN-Vermittlungsstelle, die den Ruf nicht an das angeforderte Transitnetz übergeben kann.</translation>
    </message>
    <message>
        <source>The same route will keep failing; a router may try another carrier or send the call without a transit network selection.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe Route wird weiterhin scheitern; ein Router kann einen anderen Carrier versuchen oder den Ruf ohne Transitnetzauswahl senden.</translation>
    </message>
    <message>
        <source>Remove any carrier selection or access prefix from the number sent on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Entfernen Sie jede Betreiberauswahl- oder Zugangsvorwahl aus der auf dem Trunk gesendeten Rufnummer.</translation>
    </message>
    <message>
        <source>Check whether the trunk or the numbering translation forces a specific transit network for this destination.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Trunk oder die Rufnummernumsetzung für dieses Ziel ein bestimmtes Transitnetz erzwingt.</translation>
    </message>
    <message>
        <source>Ask the carrier whether the requested transit network is reachable from their switch.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier, ob das angeforderte Transitnetz von seiner Vermittlung aus erreichbar ist.</translation>
    </message>
    <message>
        <source>Carries cause=2; check the location field to see which exchange rejected the transit choice.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=2; prüfen Sie das Location-Feld, um zu sehen, welche Vermittlungsstelle die Transitauswahl abgelehnt hat.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 91 means the transit network identification itself was badly formatted.</source>
        <comment>related q850:91</comment>
        <extracomment>How q850:91 differs</extracomment>
        <translation>Cause 91 bedeutet, dass bereits die Kennung des Transitnetzes fehlerhaft formatiert war.</translation>
    </message>
    <message>
        <source>Cause 3 concerns the destination rather than a transit network.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>Cause 3 betrifft das Ziel und nicht ein Transitnetz.</translation>
    </message>
</context>
<context>
    <name>q850:20</name>
    <message>
        <source>Subscriber absent</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Teilnehmer abwesend</translation>
    </message>
    <message>
        <source>The called mobile or user is not currently reachable.</source>
        <comment>summary</comment>
        <translation>Der gerufene Mobilteilnehmer bzw. Benutzer ist derzeit nicht erreichbar.</translation>
    </message>
    <message>
        <source>Used when a mobile station has logged off, radio contact cannot be made, or a personal telecommunication user cannot be addressed on any terminal. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>Wird verwendet, wenn sich eine Mobilstation abgemeldet hat, keine Funkverbindung hergestellt werden kann oder ein Teilnehmer der persönlichen Telekommunikation an keinem Endgerät erreichbar ist. RFC 3398 bildet sie auf 480 Temporarily Unavailable ab.</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=20 for a switched-off mobile, or from a PBX whose SIP extension has no registration.</source>
        <comment>seenWhen</comment>
        <translation>Eine 480 mit Reason: Q.850;cause=20 für ein ausgeschaltetes Mobiltelefon oder von einer TK-Anlage, deren SIP-Nebenstelle nicht registriert ist.</translation>
    </message>
    <message>
        <source>Mobile networks and PBXs that know the user is not registered.</source>
        <comment>sentBy</comment>
        <translation>Mobilfunknetze und TK-Anlagen, die wissen, dass der Teilnehmer nicht registriert ist.</translation>
    </message>
    <message>
        <source>Try again later, once the user is registered or in coverage.</source>
        <comment>retryNote</comment>
        <translation>Später erneut versuchen, wenn der Teilnehmer registriert ist bzw. Netzabdeckung hat.</translation>
    </message>
    <message>
        <source>Check the registration state of the target if it is a SIP user on your own platform.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den Registrierungsstatus des Ziels, wenn es ein SIP-Teilnehmer auf Ihrer eigenen Plattform ist.</translation>
    </message>
    <message>
        <source>Try again later or send the caller to voicemail.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Versuchen Sie es später erneut oder leiten Sie den Anrufer auf die Voicemail.</translation>
    </message>
    <message>
        <source>For mobiles, confirm the phone is on and has coverage.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie bei Mobiltelefonen sicher, dass das Gerät eingeschaltet ist und Netzabdeckung hat.</translation>
    </message>
    <message>
        <source>Carries cause=20; it indicates absence rather than a refusal.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=20; sie zeigt Abwesenheit an, keine Abweisung.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 18 is a timeout without a known absence.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>Cause 18 ist ein Timeout ohne bekannte Abwesenheit.</translation>
    </message>
    <message>
        <source>Cause 19 means the user was alerted but did not answer.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation>Cause 19 bedeutet, dass der Teilnehmer gerufen wurde, aber nicht angenommen hat.</translation>
    </message>
</context>
<context>
    <name>q850:21</name>
    <message>
        <source>Call rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ruf abgewiesen</translation>
    </message>
    <message>
        <source>The called party or the network refused the call although it could have accepted it.</source>
        <comment>summary</comment>
        <translation>Der gerufene Teilnehmer oder das Netz hat den Ruf abgewiesen, obwohl er hätte angenommen werden können.</translation>
    </message>
    <message>
        <source>The destination does not wish to take this call even though it is neither busy nor incompatible; the network may also reject for policy reasons. The diagnostic field may carry details. RFC 3398 renders it as 403 Forbidden, or 603 Decline when the cause location is the user.</source>
        <comment>description</comment>
        <translation>Das Ziel möchte diesen Ruf nicht annehmen, obwohl es weder besetzt noch inkompatibel ist; auch das Netz kann aus Policy-Gründen abweisen. Das Diagnostikfeld kann Details enthalten. RFC 3398 bildet sie auf 403 Forbidden ab bzw. auf 603 Decline, wenn die Location der Cause der Teilnehmer ist.</translation>
    </message>
    <message>
        <source>A 403 or 603 with Reason: Q.850;cause=21 when a carrier screens out the calling number, such as an invalid or unauthorised caller ID, or when the callee declines.</source>
        <comment>seenWhen</comment>
        <translation>Eine 403 oder 603 mit Reason: Q.850;cause=21, wenn ein Carrier die Rufnummer des Anrufers aussortiert, etwa eine ungültige oder nicht autorisierte Caller-ID, oder wenn der Angerufene ablehnt.</translation>
    </message>
    <message>
        <source>The called user, its PBX, or a network policy function.</source>
        <comment>sentBy</comment>
        <translation>Der gerufene Teilnehmer, seine TK-Anlage oder eine Policy-Funktion des Netzes.</translation>
    </message>
    <message>
        <source>Do not retry the same call; change the caller ID or get the callee&apos;s consent first.</source>
        <comment>retryNote</comment>
        <translation>Denselben Ruf nicht wiederholen; ändern Sie zuerst die Caller-ID oder holen Sie die Zustimmung des Angerufenen ein.</translation>
    </message>
    <message>
        <source>Check the caller ID in From and P-Asserted-Identity: format, ownership and whether the carrier allows it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Caller-ID in From und P-Asserted-Identity: Format, Inhaberschaft und ob der Carrier sie zulässt.</translation>
    </message>
    <message>
        <source>Check whether the callee uses call screening or anonymous call rejection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Angerufene ein Anruf-Screening oder eine Abweisung anonymer Anrufe nutzt.</translation>
    </message>
    <message>
        <source>Ask the carrier for the rejection reason with the Call-ID if the number should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier unter Angabe der Call-ID nach dem Abweisungsgrund, wenn die Rufnummer zulässig sein sollte.</translation>
    </message>
    <message>
        <source>Carries cause=21; a location of user means the person rejected it.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=21; die Location „user“ bedeutet, dass die Person den Ruf abgewiesen hat.</translation>
    </message>
    <message>
        <source>An unauthorised or malformed asserted identity is a common reason for network rejections.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>Eine nicht autorisierte oder fehlerhafte Asserted Identity ist ein häufiger Grund für Abweisungen durch das Netz.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>RFC 3398 allows 603 when the rejection came from the user.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>RFC 3398 erlaubt 603, wenn die Abweisung vom Teilnehmer kam.</translation>
    </message>
    <message>
        <source>Cause 24 is the specific rejection by a destination feature such as anonymous call rejection.</source>
        <comment>related q850:24</comment>
        <extracomment>How q850:24 differs</extracomment>
        <translation>Cause 24 ist die spezifische Abweisung durch ein Leistungsmerkmal am Ziel, etwa die Abweisung anonymer Anrufe.</translation>
    </message>
</context>
<context>
    <name>q850:22</name>
    <message>
        <source>Number changed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Rufnummer geändert</translation>
    </message>
    <message>
        <source>The called number is no longer in use; a new number may be given.</source>
        <comment>summary</comment>
        <translation>Die gerufene Rufnummer wird nicht mehr verwendet; eine neue Rufnummer kann angegeben sein.</translation>
    </message>
    <message>
        <source>The number dialled has been taken out of service; the diagnostic field may carry the new number. RFC 3398 renders it as 410 Gone, or as 301 Moved Permanently with the new number in Contact when the diagnostic holds it.</source>
        <comment>description</comment>
        <translation>Die gewählte Rufnummer wurde außer Betrieb genommen; das Diagnostikfeld kann die neue Rufnummer enthalten. RFC 3398 bildet sie auf 410 Gone ab bzw. auf 301 Moved Permanently mit der neuen Rufnummer im Contact, wenn die Diagnostik sie enthält.</translation>
    </message>
    <message>
        <source>A 410 with Reason: Q.850;cause=22 from a carrier for a number that was changed, or occasionally a 301 carrying the new number.</source>
        <comment>seenWhen</comment>
        <translation>Eine 410 mit Reason: Q.850;cause=22 von einem Carrier für eine geänderte Rufnummer, gelegentlich auch eine 301 mit der neuen Rufnummer.</translation>
    </message>
    <message>
        <source>The terminating exchange when a subscriber has changed number.</source>
        <comment>sentBy</comment>
        <translation>Die Zielvermittlungsstelle, wenn ein Teilnehmer seine Rufnummer geändert hat.</translation>
    </message>
    <message>
        <source>Do not retry the old number. If a 301 with Contact arrived, the call may be placed to that new target.</source>
        <comment>retryNote</comment>
        <translation>Die alte Rufnummer nicht erneut versuchen. Wenn eine 301 mit Contact eingegangen ist, kann der Ruf an dieses neue Ziel gerichtet werden.</translation>
    </message>
    <message>
        <source>Look for a Contact header in a 301 and update the stored number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Suchen Sie in einer 301 nach einem Contact-Header und aktualisieren Sie die gespeicherte Rufnummer.</translation>
    </message>
    <message>
        <source>Update the contact or routing database that produced the old number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktualisieren Sie die Kontakt- oder Routing-Datenbank, aus der die alte Rufnummer stammt.</translation>
    </message>
    <message>
        <source>Confirm the new number with the called party before relying on it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Bestätigen Sie die neue Rufnummer beim gerufenen Teilnehmer, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Carries cause=22; the location shows where the change was detected.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=22; die Location zeigt, wo die Änderung festgestellt wurde.</translation>
    </message>
    <message>
        <source>In the 301 variant, holds the new number taken from the diagnostic.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Enthält in der 301-Variante die aus der Diagnostik übernommene neue Rufnummer.</translation>
    </message>
    <message>
        <source>RFC 3398 response when no new number is known.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>Antwort nach RFC 3398, wenn keine neue Rufnummer bekannt ist.</translation>
    </message>
    <message>
        <source>RFC 3398 response when the new number is in the diagnostic.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>Antwort nach RFC 3398, wenn die neue Rufnummer in der Diagnostik steht.</translation>
    </message>
    <message>
        <source>Cause 1 means the number is unassigned with no history.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>Cause 1 bedeutet, dass die Rufnummer nicht vergeben ist und keine Vorgeschichte hat.</translation>
    </message>
</context>
<context>
    <name>q850:23</name>
    <message>
        <source>Redirection to new destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Umleitung zu neuem Ziel</translation>
    </message>
    <message>
        <source>An exchange asks the previous exchange to route the call to a different number.</source>
        <comment>summary</comment>
        <translation>Eine Vermittlungsstelle fordert die vorherige Vermittlungsstelle auf, den Ruf zu einer anderen Rufnummer zu routen.</translation>
    </message>
    <message>
        <source>This cause belongs to an ISUP mechanism in which an exchange decides that the call should go to another called number and asks a preceding exchange to route it there. RFC 3398 renders it as 410 Gone.</source>
        <comment>description</comment>
        <translation>Diese Cause gehört zu einem ISUP-Mechanismus, bei dem eine Vermittlungsstelle entscheidet, dass der Ruf an eine andere gerufene Rufnummer gehen soll, und eine vorgelagerte Vermittlungsstelle auffordert, ihn dorthin zu routen. RFC 3398 bildet sie auf 410 Gone ab.</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; a gateway that cannot act on the ISUP redirection answers 410 with Reason: Q.850;cause=23.</source>
        <comment>seenWhen</comment>
        <translation>Selten auf SIP-Trunks; ein Gateway, das die ISUP-Umleitung nicht umsetzen kann, antwortet mit 410 und Reason: Q.850;cause=23.</translation>
    </message>
    <message>
        <source>An ISUP exchange using the network redirection procedure.</source>
        <comment>sentBy</comment>
        <translation>Eine ISUP-Vermittlungsstelle, die das Verfahren der netzseitigen Umleitung nutzt.</translation>
    </message>
    <message>
        <source>The same request will not succeed; the call would need to be placed to the new number.</source>
        <comment>retryNote</comment>
        <translation>Derselbe Request wird nicht erfolgreich sein; der Ruf müsste an die neue Rufnummer gerichtet werden.</translation>
    </message>
    <message>
        <source>Check whether the gateway supports ISUP redirection and passes the new number on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob das Gateway die ISUP-Umleitung unterstützt und die neue Rufnummer weitergibt.</translation>
    </message>
    <message>
        <source>Look for Diversion or History-Info headers that reveal the intended target.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Suchen Sie nach Diversion- oder History-Info-Headern, die das beabsichtigte Ziel erkennen lassen.</translation>
    </message>
    <message>
        <source>Ask the carrier which destination the call was redirected to.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier, zu welchem Ziel der Ruf umgeleitet wurde.</translation>
    </message>
    <message>
        <source>Carries cause=23; the new target is not carried in SIP by RFC 3398.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=23; das neue Ziel wird gemäß RFC 3398 nicht in SIP übertragen.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 22 is a permanent number change.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>Cause 22 ist eine dauerhafte Rufnummernänderung.</translation>
    </message>
    <message>
        <source>The native SIP way to point the caller at a new target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Der native SIP-Weg, den Anrufer auf ein neues Ziel zu verweisen.</translation>
    </message>
</context>
<context>
    <name>q850:24</name>
    <message>
        <source>Call rejected due to feature at the destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ruf abgewiesen aufgrund eines Leistungsmerkmals am Ziel</translation>
    </message>
    <message>
        <source>A feature at the destination, such as anonymous call rejection, refused the call.</source>
        <comment>summary</comment>
        <translation>Ein Leistungsmerkmal am Ziel, etwa die Abweisung anonymer Anrufe, hat den Ruf abgewiesen.</translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause reports a rejection caused by a supplementary service at the destination, the usual example being anonymous call rejection. RFC 3398 predates it and has no row for it.</source>
        <comment>description</comment>
        <translation>Diese per Ergänzung in Q.850 aufgenommene Cause meldet eine Abweisung durch ein Dienstmerkmal am Ziel; das übliche Beispiel ist die Abweisung anonymer Anrufe. RFC 3398 ist älter und enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in a failure response from a carrier when the caller withheld their number (Privacy: id) and the callee has anonymous call rejection enabled.</source>
        <comment>seenWhen</comment>
        <translation>Tritt in einer Fehlerantwort eines Carriers auf, wenn der Anrufer seine Rufnummer unterdrückt hat (Privacy: id) und beim Angerufenen die Abweisung anonymer Anrufe aktiviert ist.</translation>
    </message>
    <message>
        <source>The terminating network applying a feature of the called subscriber.</source>
        <comment>sentBy</comment>
        <translation>Das Zielnetz, das ein Leistungsmerkmal des gerufenen Teilnehmers anwendet.</translation>
    </message>
    <message>
        <source>Retry only with the identity presented, if the caller agrees.</source>
        <comment>retryNote</comment>
        <translation>Nur mit übermittelter Identität erneut versuchen, sofern der Anrufer einverstanden ist.</translation>
    </message>
    <message>
        <source>Check whether the call was sent with caller ID withheld (Privacy header or anonymous From).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Ruf mit unterdrückter Caller-ID gesendet wurde (Privacy-Header oder anonymes From).</translation>
    </message>
    <message>
        <source>Send the caller ID unrestricted if policy allows, then retry.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Senden Sie die Caller-ID ohne Unterdrückung, sofern die Policy dies erlaubt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Otherwise tell the caller that the destination refuses anonymous calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Andernfalls teilen Sie dem Anrufer mit, dass das Ziel anonyme Anrufe abweist.</translation>
    </message>
    <message>
        <source>Carries cause=24; the feature behind the refusal is not always named.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=24; das Leistungsmerkmal hinter der Abweisung wird nicht immer genannt.</translation>
    </message>
    <message>
        <source>A value of id or user shows the caller withheld their identity.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation>Ein Wert von id oder user zeigt, dass der Anrufer seine Identität unterdrückt hat.</translation>
    </message>
    <message>
        <source>The SIP response defined for refusing anonymous calls.</source>
        <comment>related 433</comment>
        <extracomment>How 433 differs</extracomment>
        <translation>Die SIP-Antwort, die für die Abweisung anonymer Anrufe definiert ist.</translation>
    </message>
    <message>
        <source>Cause 21 is the general call rejected cause.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>Cause 21 ist die allgemeine Cause „Ruf abgewiesen“.</translation>
    </message>
    <message>
        <source>A decline from the user rather than from a feature.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine Ablehnung durch den Teilnehmer und nicht durch ein Leistungsmerkmal.</translation>
    </message>
</context>
<context>
    <name>q850:25</name>
    <message>
        <source>Exchange routing error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Routingfehler in der Vermittlungsstelle</translation>
    </message>
    <message>
        <source>An intermediate exchange gave up on the call, typically because the hop counter ran out.</source>
        <comment>summary</comment>
        <translation>Eine Transitvermittlungsstelle hat den Ruf aufgegeben, typischerweise weil der Hop Counter abgelaufen ist.</translation>
    </message>
    <message>
        <source>The destination could not be reached because an intermediate exchange released the call after reaching the limit of the ISUP hop counter procedure. RFC 3398 uses it for 482 Loop Detected and 483 Too Many Hops in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>Das Ziel war nicht erreichbar, weil eine Transitvermittlungsstelle den Ruf ausgelöst hat, nachdem das Limit des ISUP-Hop-Counter-Verfahrens erreicht war. RFC 3398 verwendet sie in Richtung SIP nach ISUP für 482 Loop Detected und 483 Too Many Hops.</translation>
    </message>
    <message>
        <source>Seen when calls loop between carriers or between your SBC and a carrier, ending with 483 or with Reason: Q.850;cause=25.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn Rufe zwischen Carriern oder zwischen Ihrem SBC und einem Carrier kreisen und schließlich mit 483 oder mit Reason: Q.850;cause=25 enden.</translation>
    </message>
    <message>
        <source>A transit exchange whose hop counter reached zero, or a SIP gateway translating a loop error.</source>
        <comment>sentBy</comment>
        <translation>Eine Transitvermittlungsstelle, deren Hop Counter null erreicht hat, oder ein SIP-Gateway, das einen Schleifenfehler umsetzt.</translation>
    </message>
    <message>
        <source>The same route will loop again; fix routing or send the call through a different carrier.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe Route erzeugt erneut eine Schleife; korrigieren Sie das Routing oder senden Sie den Ruf über einen anderen Carrier.</translation>
    </message>
    <message>
        <source>Look at the Via and Max-Forwards of the failed INVITE for signs of a loop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie Via und Max-Forwards des gescheiterten INVITE auf Anzeichen einer Schleife.</translation>
    </message>
    <message>
        <source>Check routing tables on both sides for a destination that routes back to its origin, such as a ported or forwarded number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Routing-Tabellen auf beiden Seiten auf ein Ziel, das zu seinem Ursprung zurückgeroutet wird, etwa eine portierte oder umgeleitete Rufnummer.</translation>
    </message>
    <message>
        <source>Fix the loop, then test again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Beheben Sie die Schleife und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Carries cause=25; the location shows which exchange hit the limit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=25; die Location zeigt, welche Vermittlungsstelle das Limit erreicht hat.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 Too Many Hops to this cause.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>RFC 3398 bildet 483 Too Many Hops auf diesen Cause-Wert ab.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 Loop Detected to this cause.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>RFC 3398 bildet 482 Loop Detected auf diesen Cause-Wert ab.</translation>
    </message>
    <message>
        <source>Cause 3 means no route exists, not a loop.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>Cause 3 bedeutet, dass keine Route existiert, nicht eine Schleife.</translation>
    </message>
</context>
<context>
    <name>q850:26</name>
    <message>
        <source>Non-selected user clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Auslösen eines nicht ausgewählten Teilnehmers</translation>
    </message>
    <message>
        <source>The call was offered to several terminals and another one took it.</source>
        <comment>summary</comment>
        <translation>Der Ruf wurde mehreren Endgeräten angeboten, und ein anderes hat ihn angenommen.</translation>
    </message>
    <message>
        <source>The user has not been awarded the incoming call, typically because another terminal answered it first. RFC 3398 renders it as 404 Not Found and marks the row as an ANSI procedure.</source>
        <comment>description</comment>
        <translation>Dem Teilnehmer wurde der ankommende Ruf nicht zugeteilt, typischerweise weil ein anderes Endgerät ihn zuerst angenommen hat. RFC 3398 bildet sie auf 404 Not Found ab und kennzeichnet die Zeile als ANSI-Verfahren.</translation>
    </message>
    <message>
        <source>Seen when a forked or group call is answered elsewhere; Asterisk uses this cause internally for a call answered elsewhere in a ring group.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn ein geforkter Ruf oder Gruppenruf an anderer Stelle angenommen wird; Asterisk verwendet diese Cause intern für einen Ruf, der in einer Rufgruppe an anderer Stelle angenommen wurde.</translation>
    </message>
    <message>
        <source>ISDN equipment on a shared bus, or a PBX cancelling ringing branches.</source>
        <comment>sentBy</comment>
        <translation>ISDN-Einrichtungen an einem gemeinsamen Bus (S0) oder eine TK-Anlage, die klingelnde Zweige abbricht.</translation>
    </message>
    <message>
        <source>Nothing to retry; another terminal already took the call.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; ein anderes Endgerät hat den Ruf bereits angenommen.</translation>
    </message>
    <message>
        <source>Treat it as normal if the call was answered by another member of the group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Behandeln Sie dies als normal, wenn der Ruf von einem anderen Mitglied der Gruppe angenommen wurde.</translation>
    </message>
    <message>
        <source>If no one answered, check the group or hunt configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wenn niemand angenommen hat, prüfen Sie die Konfiguration der Gruppe bzw. des Sammelanschlusses.</translation>
    </message>
    <message>
        <source>Verify that the CANCEL to the other branches carried a sensible Reason.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der CANCEL an die anderen Zweige einen sinnvollen Reason enthielt.</translation>
    </message>
    <message>
        <source>Carries cause=26 on the branches that lost.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=26 auf den Zweigen, die nicht zum Zug kamen.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 16 is the normal clearing of the answered call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>Cause 16 ist das normale Auslösen des angenommenen Rufs.</translation>
    </message>
    <message>
        <source>The response other ringing branches get when they are cancelled.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>Die Antwort, die andere klingelnde Zweige erhalten, wenn sie abgebrochen werden.</translation>
    </message>
</context>
<context>
    <name>q850:27</name>
    <message>
        <source>Destination out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ziel außer Betrieb</translation>
    </message>
    <message>
        <source>The interface to the destination is not working, so the call could not be delivered.</source>
        <comment>summary</comment>
        <translation>Die Schnittstelle zum Ziel funktioniert nicht, daher konnte der Ruf nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>A signalling message could not be delivered to the remote party, for example because of a physical or data link failure at the remote side or because the user&apos;s equipment is off line. RFC 3398 renders it as 502 Bad Gateway.</source>
        <comment>description</comment>
        <translation>Eine Signalisierungsnachricht konnte dem fernen Teilnehmer nicht zugestellt werden, etwa wegen eines Fehlers auf der physikalischen Schicht oder der Sicherungsschicht auf der fernen Seite oder weil die Endeinrichtung des Teilnehmers offline ist. RFC 3398 bildet sie auf 502 Bad Gateway ab.</translation>
    </message>
    <message>
        <source>A 502 with Reason: Q.850;cause=27 when the called PBX, its PRI or its SIP trunk behind the carrier is down.</source>
        <comment>seenWhen</comment>
        <translation>Eine 502 mit Reason: Q.850;cause=27, wenn die gerufene TK-Anlage, ihr PRI (Primärmultiplexanschluss) oder ihr SIP-Trunk hinter dem Carrier ausgefallen ist.</translation>
    </message>
    <message>
        <source>The network that tried to deliver the call to the failed interface.</source>
        <comment>sentBy</comment>
        <translation>Das Netz, das versucht hat, den Ruf an die ausgefallene Schnittstelle zuzustellen.</translation>
    </message>
    <message>
        <source>Retry after the destination equipment recovers, or send the call to an alternate destination.</source>
        <comment>retryNote</comment>
        <translation>Erneut versuchen, nachdem sich die Zieleinrichtung erholt hat, oder den Ruf an ein Ausweichziel senden.</translation>
    </message>
    <message>
        <source>Check whether the destination PBX, its trunk or its registration to the carrier is up.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob die Ziel-TK-Anlage, ihr Trunk bzw. ihre Registrierung beim Carrier aktiv ist.</translation>
    </message>
    <message>
        <source>Test another number on the same destination to confirm an outage.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Testen Sie eine andere Rufnummer am selben Ziel, um einen Ausfall zu bestätigen.</translation>
    </message>
    <message>
        <source>Fail over to an alternate route or number if one exists.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Schalten Sie auf eine Ausweichroute oder -rufnummer um, falls vorhanden.</translation>
    </message>
    <message>
        <source>Carries cause=27; the location shows the network that detected the failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=27; die Location zeigt das Netz, das den Ausfall festgestellt hat.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 38 points at the network, not the destination.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>Cause 38 verweist auf das Netz, nicht auf das Ziel.</translation>
    </message>
    <message>
        <source>Cause 41 is a short-lived network failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>Cause 41 ist eine kurzzeitige Netzstörung.</translation>
    </message>
</context>
<context>
    <name>q850:28</name>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültiges Rufnummernformat (unvollständige Rufnummer)</translation>
    </message>
    <message>
        <source>The called number is incomplete or in a format the network cannot use.</source>
        <comment>summary</comment>
        <translation>Die gerufene Rufnummer ist unvollständig oder hat ein Format, das das Netz nicht verarbeiten kann.</translation>
    </message>
    <message>
        <source>The called party cannot be reached because the number is not in a valid format or is not complete. RFC 3398 renders it as 484 Address Incomplete.</source>
        <comment>description</comment>
        <translation>Der gerufene Teilnehmer ist nicht erreichbar, weil die Rufnummer kein gültiges Format hat oder unvollständig ist. RFC 3398 bildet sie auf 484 Address Incomplete ab.</translation>
    </message>
    <message>
        <source>A 484 with Reason: Q.850;cause=28 when digits are missing, the country code is wrong, or a plus sign or extra characters reach a network that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation>Eine 484 mit Reason: Q.850;cause=28, wenn Ziffern fehlen, die Ländervorwahl falsch ist oder ein Pluszeichen bzw. zusätzliche Zeichen ein Netz erreichen, das damit nicht umgehen kann.</translation>
    </message>
    <message>
        <source>Any exchange or PBX that validates number format.</source>
        <comment>sentBy</comment>
        <translation>Jede Vermittlungsstelle oder TK-Anlage, die das Rufnummernformat prüft.</translation>
    </message>
    <message>
        <source>Retry only with a complete, correctly formatted number.</source>
        <comment>retryNote</comment>
        <translation>Nur mit einer vollständigen, korrekt formatierten Rufnummer erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the length and prefix of the number in the Request-URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie Länge und Präfix der Rufnummer in der Request-URI.</translation>
    </message>
    <message>
        <source>Apply the number format the carrier documents (E.164 with or without plus, national).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verwenden Sie das vom Carrier dokumentierte Rufnummernformat (E.164 mit oder ohne Plus, national).</translation>
    </message>
    <message>
        <source>Check whether overlap dialling is in use and the INVITE was sent before all digits were collected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob Overlap-Wahl (Blockwahl vs. Einzelwahl) verwendet wird und der INVITE gesendet wurde, bevor alle Ziffern gesammelt waren.</translation>
    </message>
    <message>
        <source>Carries cause=28; compare it with the called number actually sent.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=28; vergleichen Sie sie mit der tatsächlich gesendeten gerufenen Rufnummer.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 1 means the format is fine but the number is unassigned.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>Cause 1 bedeutet, dass das Format in Ordnung ist, die Rufnummer aber nicht vergeben ist.</translation>
    </message>
    <message>
        <source>Cause 5 is the specific case of a leftover trunk prefix.</source>
        <comment>related q850:5</comment>
        <extracomment>How q850:5 differs</extracomment>
        <translation>Cause 5 ist der spezifische Fall eines verbliebenen Verkehrsausscheidungspräfixes.</translation>
    </message>
</context>
<context>
    <name>q850:29</name>
    <message>
        <source>Facility rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Dienstmerkmal abgelehnt</translation>
    </message>
    <message>
        <source>The network cannot provide a supplementary service the call asked for.</source>
        <comment>summary</comment>
        <translation>Das Netz kann ein vom Ruf angefordertes Dienstmerkmal nicht bereitstellen.</translation>
    </message>
    <message>
        <source>A facility or supplementary service requested by the user cannot be provided by the network. RFC 3398 renders it as 501 Not Implemented.</source>
        <comment>description</comment>
        <translation>Ein vom Teilnehmer angefordertes Dienstmerkmal (Facility) kann vom Netz nicht bereitgestellt werden. RFC 3398 bildet sie auf 501 Not Implemented ab.</translation>
    </message>
    <message>
        <source>Seen in a 501 with Reason: Q.850;cause=29 when the INVITE or its SIP-I body requests a service the carrier does not offer.</source>
        <comment>seenWhen</comment>
        <translation>Tritt in einer 501 mit Reason: Q.850;cause=29 auf, wenn der INVITE oder sein SIP-I-Body einen Dienst anfordert, den der Carrier nicht anbietet.</translation>
    </message>
    <message>
        <source>A PSTN exchange that refuses a requested supplementary service.</source>
        <comment>sentBy</comment>
        <translation>Eine PSTN-Vermittlungsstelle, die ein angefordertes Dienstmerkmal ablehnt.</translation>
    </message>
    <message>
        <source>Retry without the rejected service.</source>
        <comment>retryNote</comment>
        <translation>Ohne das abgelehnte Dienstmerkmal erneut versuchen.</translation>
    </message>
    <message>
        <source>Identify which service was requested (for example through SIP-I parameters or special headers).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie, welches Dienstmerkmal angefordert wurde (zum Beispiel über SIP-I-Parameter oder spezielle Header).</translation>
    </message>
    <message>
        <source>Remove the service request and retry the call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entfernen Sie die Anforderung des Dienstmerkmals und wiederholen Sie den Ruf.</translation>
    </message>
    <message>
        <source>Ask the carrier whether the service can be enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier, ob das Dienstmerkmal freigeschaltet werden kann.</translation>
    </message>
    <message>
        <source>Carries cause=29; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=29; die Diagnostik kann das Dienstmerkmal benennen.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 intends for this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 für diesen Cause-Wert vorsieht.</translation>
    </message>
    <message>
        <source>Cause 50 means the user has not subscribed to the service.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>Cause 50 bedeutet, dass der Teilnehmer das Dienstmerkmal nicht abonniert hat.</translation>
    </message>
    <message>
        <source>Cause 69 means the service is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>Cause 69 bedeutet, dass das Dienstmerkmal überhaupt nicht implementiert ist.</translation>
    </message>
</context>
<context>
    <name>q850:3</name>
    <message>
        <source>No route to destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Keine Route zum Ziel</translation>
    </message>
    <message>
        <source>The network the call reached does not serve the requested destination.</source>
        <comment>summary</comment>
        <translation>Das Netz, das der Ruf erreicht hat, bedient das angeforderte Ziel nicht.</translation>
    </message>
    <message>
        <source>The number may be valid, but the network through which the call was routed has no way to reach that destination. Support for this cause depends on the network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>Die Rufnummer kann gültig sein, aber das Netz, über das der Ruf geroutet wurde, hat keine Möglichkeit, dieses Ziel zu erreichen. Die Unterstützung dieser Cause ist netzabhängig. RFC 3398 bildet sie auf 404 Not Found ab.</translation>
    </message>
    <message>
        <source>A carrier returns 404 with Reason: Q.850;cause=3 for destinations not enabled on the account, such as certain international ranges, premium or short codes.</source>
        <comment>seenWhen</comment>
        <translation>Ein Carrier liefert 404 mit Reason: Q.850;cause=3 für Ziele, die für den Account nicht freigeschaltet sind, etwa bestimmte internationale Bereiche, Premium-Rufnummern oder Kurzwahlnummern.</translation>
    </message>
    <message>
        <source>A carrier or transit switch that has no route for the destination; Asterisk also uses it when a dialled extension is not found in the context.</source>
        <comment>sentBy</comment>
        <translation>Ein Carrier oder eine Transitvermittlung ohne Route für das Ziel; Asterisk verwendet sie auch, wenn eine gewählte Extension im Context nicht gefunden wird.</translation>
    </message>
    <message>
        <source>Do not repeat the call on the same route. A least-cost router may advance to a carrier that serves the destination.</source>
        <comment>retryNote</comment>
        <translation>Den Ruf nicht über dieselbe Route wiederholen. Ein Least-Cost-Router kann zu einem Carrier weiterschalten, der das Ziel bedient.</translation>
    </message>
    <message>
        <source>Check whether the destination class (international, premium, short code) is enabled on the carrier account.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob die Zielklasse (international, Premium, Kurzwahl) im Carrier-Account freigeschaltet ist.</translation>
    </message>
    <message>
        <source>Verify the outbound route selected for this prefix in the PBX or SBC routing table.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die für dieses Präfix gewählte abgehende Route in der Routing-Tabelle der TK-Anlage bzw. des SBC.</translation>
    </message>
    <message>
        <source>Test through a different carrier to separate routing from number problems.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Testen Sie über einen anderen Carrier, um Routing-Probleme von Rufnummernproblemen zu trennen.</translation>
    </message>
    <message>
        <source>Carries cause=3; the location field shows how far the call got.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=3; das Location-Feld zeigt, wie weit der Ruf gekommen ist.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>Cause 1 bedeutet, dass die Rufnummer überhaupt nicht vergeben ist.</translation>
    </message>
    <message>
        <source>Cause 2 is about a requested transit network, not the destination.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation>Cause 2 betrifft ein angefordertes Transitnetz, nicht das Ziel.</translation>
    </message>
</context>
<context>
    <name>q850:30</name>
    <message>
        <source>Response to STATUS ENQUIRY</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Antwort auf STATUS ENQUIRY</translation>
    </message>
    <message>
        <source>A STATUS message is being sent as the answer to a STATUS ENQUIRY.</source>
        <comment>summary</comment>
        <translation>Eine STATUS-Nachricht wird als Antwort auf eine STATUS ENQUIRY gesendet.</translation>
    </message>
    <message>
        <source>In ISDN access signalling this cause appears in a STATUS message generated because a STATUS ENQUIRY was received. It is not a call release reason, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>In der ISDN-Teilnehmersignalisierung erscheint diese Cause in einer STATUS-Nachricht, die aufgrund einer empfangenen STATUS ENQUIRY erzeugt wird. Sie ist kein Auslösegrund, und RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>If a SIP call fails with Reason: Q.850;cause=30, the gateway has copied the cause of a status exchange on the PRI, which usually points to a call state mismatch on the D-channel.</source>
        <comment>seenWhen</comment>
        <translation>Scheitert ein SIP-Ruf mit Reason: Q.850;cause=30, hat das Gateway die Cause eines Statusaustauschs auf dem PRI übernommen; das deutet meist auf einen inkonsistenten Rufzustand auf dem D-Kanal hin.</translation>
    </message>
    <message>
        <source>ISDN equipment answering a status enquiry.</source>
        <comment>sentBy</comment>
        <translation>ISDN-Einrichtungen, die eine Statusabfrage beantworten.</translation>
    </message>
    <message>
        <source>There is nothing to retry directly; look for the real failure in the PRI trace.</source>
        <comment>retryNote</comment>
        <translation>Es gibt nichts direkt zu wiederholen; suchen Sie den eigentlichen Fehler im PRI-Trace.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace on the PRI and look for STATUS ENQUIRY and STATUS messages around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Zeichnen Sie den Q.931-Trace auf dem PRI auf und suchen Sie rund um den Fehler nach STATUS-ENQUIRY- und STATUS-Nachrichten.</translation>
    </message>
    <message>
        <source>Check whether the gateway and the switch disagree on the call state.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob Gateway und Vermittlung den Rufzustand unterschiedlich sehen.</translation>
    </message>
    <message>
        <source>Review the gateway&apos;s mapping of unexpected causes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Überprüfen Sie die Abbildung unerwarteter Causes im Gateway.</translation>
    </message>
    <message>
        <source>Carries cause=30; on its own it does not explain a failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=30; für sich allein erklärt sie keinen Fehler.</translation>
    </message>
    <message>
        <source>Cause 101 reports a message not compatible with the call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>Cause 101 meldet eine Nachricht, die mit dem Rufzustand nicht kompatibel ist.</translation>
    </message>
    <message>
        <source>Cause 98 also covers call state mismatches.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>Cause 98 deckt ebenfalls Inkonsistenzen im Rufzustand ab.</translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>Cause 31 ist das allgemeine normale Ereignis.</translation>
    </message>
</context>
<context>
    <name>q850:31</name>
    <message>
        <source>Normal, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Normal, unspezifiziert</translation>
    </message>
    <message>
        <source>A normal-class event that fits no more specific cause.</source>
        <comment>summary</comment>
        <translation>Ein Ereignis der Normal-Klasse, zu dem keine spezifischere Cause passt.</translation>
    </message>
    <message>
        <source>Used to report a normal event only when no other cause in the normal class applies. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>Wird verwendet, um ein normales Ereignis nur dann zu melden, wenn keine andere Cause der Normal-Klasse zutrifft. RFC 3398 bildet sie auf 480 Temporarily Unavailable ab.</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=31 from carriers whose switch has no better cause, or a BYE with cause 31 instead of 16.</source>
        <comment>seenWhen</comment>
        <translation>Eine 480 mit Reason: Q.850;cause=31 von Carriern, deren Vermittlung keine bessere Cause hat, oder ein BYE mit Cause 31 statt 16.</translation>
    </message>
    <message>
        <source>Switches and gateways that fall back to a generic normal cause.</source>
        <comment>sentBy</comment>
        <translation>Vermittlungen und Gateways, die auf eine allgemeine Normal-Cause zurückfallen.</translation>
    </message>
    <message>
        <source>A later attempt may succeed; repeated failures need the carrier&apos;s own logs.</source>
        <comment>retryNote</comment>
        <translation>Ein späterer Versuch kann erfolgreich sein; bei wiederholten Fehlern werden die Logs des Carriers benötigt.</translation>
    </message>
    <message>
        <source>Check the text parameter in the Reason header for a vendor-specific explanation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den text-Parameter im Reason-Header auf eine herstellerspezifische Erklärung.</translation>
    </message>
    <message>
        <source>Retry the call to see if the failure is consistent.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wiederholen Sie den Ruf, um zu sehen, ob der Fehler reproduzierbar ist.</translation>
    </message>
    <message>
        <source>Ask the carrier for their internal release reason with the Call-ID.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier unter Angabe der Call-ID nach seinem internen Auslösegrund.</translation>
    </message>
    <message>
        <source>Carries cause=31; the text parameter sometimes holds more detail.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=31; der text-Parameter enthält manchmal weitere Details.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 16 is the specific normal clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>Cause 16 ist das spezifische normale Auslösen.</translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>Cause 127 ist die allgemeine Interworking-Cause.</translation>
    </message>
</context>
<context>
    <name>q850:34</name>
    <message>
        <source>No circuit/channel available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Keine Leitung/kein Kanal verfügbar</translation>
    </message>
    <message>
        <source>No suitable circuit or channel is free to carry the call right now.</source>
        <comment>summary</comment>
        <translation>Derzeit ist keine geeignete Leitung bzw. kein geeigneter Kanal frei, um den Ruf zu übertragen.</translation>
    </message>
    <message>
        <source>There is no appropriate circuit or channel available at the moment to handle the call. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>Im Moment ist keine passende Leitung bzw. kein passender Kanal verfügbar, um den Ruf abzuwickeln. RFC 3398 bildet sie auf 503 Service Unavailable ab.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=34 from a carrier when your trunk&apos;s concurrent call limit is reached, or from a PRI gateway with all B-channels busy.</source>
        <comment>seenWhen</comment>
        <translation>Eine 503 mit Reason: Q.850;cause=34 von einem Carrier, wenn das Limit gleichzeitiger Gespräche Ihres Trunks erreicht ist, oder von einem PRI-Gateway, wenn alle B-Kanäle belegt sind.</translation>
    </message>
    <message>
        <source>Carriers, PRI gateways and PBXs that have run out of trunk capacity.</source>
        <comment>sentBy</comment>
        <translation>Carrier, PRI-Gateways und TK-Anlagen, deren Trunk-Kapazität erschöpft ist.</translation>
    </message>
    <message>
        <source>Route advance to another trunk or carrier is appropriate. The same trunk may be retried after Retry-After or once calls have ended.</source>
        <comment>retryNote</comment>
        <translation>Route Advance zu einem anderen Trunk oder Carrier ist angebracht. Derselbe Trunk kann nach Ablauf von Retry-After oder nach Ende anderer Gespräche erneut versucht werden.</translation>
    </message>
    <message>
        <source>Compare the number of active calls with the channel or concurrency limit on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie die Zahl aktiver Gespräche mit dem Kanal- bzw. Gleichzeitigkeitslimit des Trunks.</translation>
    </message>
    <message>
        <source>Look at Retry-After and spread traffic over other trunks or carriers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Beachten Sie Retry-After und verteilen Sie den Verkehr auf andere Trunks oder Carrier.</translation>
    </message>
    <message>
        <source>Ask the carrier whether the route to the destination is congested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier, ob die Route zum Ziel überlastet ist.</translation>
    </message>
    <message>
        <source>Carries cause=34; a location in the local network usually means your own trunk is full.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=34; eine Location im lokalen Netz bedeutet meist, dass Ihr eigener Trunk voll ist.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Ein Gateway, das Last abwirft, kann hier angeben, wie lange vor dem Senden neuer Rufe gewartet werden soll.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 42 is congestion in the switch itself.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation>Cause 42 ist eine Überlastung in der Vermittlung selbst.</translation>
    </message>
    <message>
        <source>Cause 44 means one specific requested channel was unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>Cause 44 bedeutet, dass ein bestimmter angeforderter Kanal nicht verfügbar war.</translation>
    </message>
</context>
<context>
    <name>q850:38</name>
    <message>
        <source>Network out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Netz außer Betrieb</translation>
    </message>
    <message>
        <source>The network is not working and the problem is likely to last a while.</source>
        <comment>summary</comment>
        <translation>Das Netz funktioniert nicht, und das Problem dürfte eine Weile andauern.</translation>
    </message>
    <message>
        <source>The network is not functioning correctly and the condition is expected to last for a relatively long period, so an immediate new attempt is unlikely to work. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>Das Netz funktioniert nicht ordnungsgemäß, und der Zustand wird voraussichtlich relativ lange andauern; ein sofortiger neuer Versuch wird daher kaum erfolgreich sein. RFC 3398 bildet sie auf 503 Service Unavailable ab.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=38 during a carrier outage or when the gateway has lost its SS7 or PRI link.</source>
        <comment>seenWhen</comment>
        <translation>Eine 503 mit Reason: Q.850;cause=38 während eines Carrier-Ausfalls oder wenn das Gateway seinen SS7- oder PRI-Link verloren hat.</translation>
    </message>
    <message>
        <source>A carrier network or gateway that has lost connectivity.</source>
        <comment>sentBy</comment>
        <translation>Ein Carrier-Netz oder Gateway, das die Verbindung verloren hat.</translation>
    </message>
    <message>
        <source>Do not hammer the same route; fail over to another carrier and retry this one later, honouring Retry-After.</source>
        <comment>retryNote</comment>
        <translation>Nicht ständig dieselbe Route belasten; auf einen anderen Carrier umschalten und diese Route später erneut versuchen, dabei Retry-After beachten.</translation>
    </message>
    <message>
        <source>Check the carrier&apos;s status page or NOC for an outage.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Statusseite bzw. das NOC des Carriers auf einen Ausfall.</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s TDM links (SS7 signalling, PRI D-channel).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die TDM-Links des Gateways (SS7-Signalisierung, PRI-D-Kanal).</translation>
    </message>
    <message>
        <source>Fail over to another carrier until service returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Schalten Sie auf einen anderen Carrier um, bis der Dienst wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>Carries cause=38; it suggests an outage rather than a momentary glitch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=38; sie deutet eher auf einen Ausfall als auf eine kurzzeitige Störung hin.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Ein Gateway, das Last abwirft, kann hier angeben, wie lange vor dem Senden neuer Rufe gewartet werden soll.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 41 is the short-lived variant where an immediate retry may work.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>Cause 41 ist die kurzlebige Variante, bei der ein sofortiger neuer Versuch funktionieren kann.</translation>
    </message>
    <message>
        <source>Cause 27 is a failure at the destination rather than in the network.</source>
        <comment>related q850:27</comment>
        <extracomment>How q850:27 differs</extracomment>
        <translation>Cause 27 ist ein Fehler am Ziel und nicht im Netz.</translation>
    </message>
</context>
<context>
    <name>q850:39</name>
    <message>
        <source>Permanent frame mode connection out of service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Festverbindung im Frame Mode außer Betrieb</translation>
    </message>
    <message>
        <source>A permanently established frame mode connection is out of service.</source>
        <comment>summary</comment>
        <translation>Eine fest eingerichtete Frame-Mode-Verbindung ist außer Betrieb.</translation>
    </message>
    <message>
        <source>Reports that a permanent frame mode connection, for example a frame relay circuit, is out of service because of equipment or section failure. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Meldet, dass eine feste Frame-Mode-Verbindung, zum Beispiel eine Frame-Relay-Verbindung, wegen eines Geräte- oder Abschnittsausfalls außer Betrieb ist. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Rarely seen on SIP trunks; it appears only if a gateway relays a cause from a frame mode data service.</source>
        <comment>seenWhen</comment>
        <translation>Selten auf SIP-Trunks; erscheint nur, wenn ein Gateway eine Cause aus einem Frame-Mode-Datendienst weitergibt.</translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation>Netzeinrichtungen, die feste Frame-Mode-Verbindungen verwalten.</translation>
    </message>
    <message>
        <source>Use another path until the connection is restored.</source>
        <comment>retryNote</comment>
        <translation>Nutzen Sie einen anderen Weg, bis die Verbindung wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>Check the status of the underlying frame mode or leased circuit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den Status der zugrunde liegenden Frame-Mode- bzw. Standleitung.</translation>
    </message>
    <message>
        <source>Contact the provider of the permanent connection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wenden Sie sich an den Anbieter der Festverbindung.</translation>
    </message>
    <message>
        <source>Route over an alternative path until it is restored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Routen Sie über einen alternativen Weg, bis sie wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>Carries cause=39; unusual in voice calls.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=39; bei Sprachverbindungen ungewöhnlich.</translation>
    </message>
    <message>
        <source>Cause 40 reports that the connection works again.</source>
        <comment>related q850:40</comment>
        <extracomment>How q850:40 differs</extracomment>
        <translation>Cause 40 meldet, dass die Verbindung wieder funktioniert.</translation>
    </message>
    <message>
        <source>Cause 38 is a general network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>Cause 38 ist ein allgemeiner Netzausfall.</translation>
    </message>
</context>
<context>
    <name>q850:4</name>
    <message>
        <source>Send special information tone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Sonderinformationston senden</translation>
    </message>
    <message>
        <source>The called party cannot be reached for a long-term reason and an information tone should be played.</source>
        <comment>summary</comment>
        <translation>Der gerufene Teilnehmer ist aus einem längerfristigen Grund nicht erreichbar, und es soll ein Informationston eingespielt werden.</translation>
    </message>
    <message>
        <source>The network signals that the destination is unreachable for reasons of a lasting nature and that the caller should hear a special information tone. RFC 3398 has no row for this cause, so the SIP code depends on the gateway.</source>
        <comment>description</comment>
        <translation>Das Netz signalisiert, dass das Ziel aus dauerhaften Gründen nicht erreichbar ist und der Anrufer einen Sonderinformationston hören soll. RFC 3398 enthält für diese Cause keine Zeile, daher hängt der SIP-Code vom Gateway ab.</translation>
    </message>
    <message>
        <source>Appears in the Reason header of a 4xx or 5xx response from a PSTN gateway when the far network wants an intercept tone, for example for numbers out of service.</source>
        <comment>seenWhen</comment>
        <translation>Erscheint im Reason-Header einer 4xx- oder 5xx-Antwort eines PSTN-Gateways, wenn das ferne Netz einen Hinweiston wünscht, etwa für Rufnummern, die außer Betrieb sind.</translation>
    </message>
    <message>
        <source>A PSTN exchange that wants the caller to hear an intercept tone or announcement.</source>
        <comment>sentBy</comment>
        <translation>Eine PSTN-Vermittlungsstelle, die den Anrufer einen Hinweiston oder eine Ansage hören lassen will.</translation>
    </message>
    <message>
        <source>The condition is long term, so automatic retries are pointless until the number is corrected.</source>
        <comment>retryNote</comment>
        <translation>Der Zustand ist längerfristig, daher sind automatische Wiederholungen sinnlos, bis die Rufnummer korrigiert ist.</translation>
    </message>
    <message>
        <source>Listen to any early media (183 with SDP) for an intercept announcement explaining the reason.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Hören Sie Early Media (183 mit SDP) auf eine Hinweisansage ab, die den Grund erklärt.</translation>
    </message>
    <message>
        <source>Check that the number is still in service and correctly dialled.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob die Rufnummer noch in Betrieb ist und korrekt gewählt wurde.</translation>
    </message>
    <message>
        <source>Ask the carrier what condition triggered the tone if the number should be valid.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier, welcher Zustand den Ton ausgelöst hat, wenn die Rufnummer gültig sein sollte.</translation>
    </message>
    <message>
        <source>Carries cause=4; the SIP status code chosen by the gateway varies.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=4; der vom Gateway gewählte SIP-Statuscode variiert.</translation>
    </message>
    <message>
        <source>A common SIP rendering for an unreachable number; RFC 3398 itself has no row for cause 4.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine übliche SIP-Abbildung für eine nicht erreichbare Rufnummer; RFC 3398 selbst enthält keine Zeile für Cause 4.</translation>
    </message>
    <message>
        <source>Cause 1 is the specific case of an unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>Cause 1 ist der spezifische Fall einer nicht vergebenen Rufnummer.</translation>
    </message>
    <message>
        <source>Cause 22 covers a number that has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>Cause 22 deckt eine geänderte Rufnummer ab.</translation>
    </message>
</context>
<context>
    <name>q850:40</name>
    <message>
        <source>Permanent frame mode connection operational</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Festverbindung im Frame Mode betriebsbereit</translation>
    </message>
    <message>
        <source>A permanent frame mode connection is working again.</source>
        <comment>summary</comment>
        <translation>Eine feste Frame-Mode-Verbindung funktioniert wieder.</translation>
    </message>
    <message>
        <source>Reports that a permanently established frame mode connection is operational and able to carry user information. It is informational and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Meldet, dass eine fest eingerichtete Frame-Mode-Verbindung betriebsbereit ist und Nutzinformationen übertragen kann. Sie ist rein informativ, und RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Not a call failure; it would appear only if a gateway relays frame mode status into a SIP Reason header.</source>
        <comment>seenWhen</comment>
        <translation>Kein Rufabbruch; sie erscheint nur, wenn ein Gateway den Frame-Mode-Status in einen SIP-Reason-Header übernimmt.</translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation>Netzeinrichtungen, die feste Frame-Mode-Verbindungen verwalten.</translation>
    </message>
    <message>
        <source>Nothing to retry; the cause reports a restored connection.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; die Cause meldet eine wiederhergestellte Verbindung.</translation>
    </message>
    <message>
        <source>Treat it as a status notice rather than an error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Behandeln Sie sie als Statusmeldung, nicht als Fehler.</translation>
    </message>
    <message>
        <source>If it appears on a failed voice call, review the gateway&apos;s cause mapping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wenn sie bei einem gescheiterten Sprachruf auftritt, überprüfen Sie die Cause-Abbildung des Gateways.</translation>
    </message>
    <message>
        <source>Carries cause=40; informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=40; rein informativ.</translation>
    </message>
    <message>
        <source>Cause 39 reports that the connection is out of service.</source>
        <comment>related q850:39</comment>
        <extracomment>How q850:39 differs</extracomment>
        <translation>Cause 39 meldet, dass die Verbindung außer Betrieb ist.</translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary end of a call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>Cause 16 ist das gewöhnliche Ende eines Rufs.</translation>
    </message>
</context>
<context>
    <name>q850:41</name>
    <message>
        <source>Temporary failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>A short-lived network problem; trying again soon may work.</source>
        <comment>summary</comment>
        <translation>Ein kurzlebiges Netzproblem; ein baldiger neuer Versuch kann funktionieren.</translation>
    </message>
    <message>
        <source>The network is not functioning correctly, but the condition is not expected to last long, so another attempt almost immediately may succeed. RFC 3398 renders it as 503 Service Unavailable and also uses it for 400, 481, 500 and 503 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>Das Netz funktioniert nicht ordnungsgemäß, der Zustand wird aber voraussichtlich nicht lange andauern; ein nahezu sofortiger weiterer Versuch kann daher erfolgreich sein. RFC 3398 bildet sie auf 503 Service Unavailable ab und verwendet sie in Richtung SIP nach ISUP auch für 400, 481, 500 und 503.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=41 from a carrier during brief resource or signalling hiccups, or a REL with cause 41 when your side answered with a 5xx.</source>
        <comment>seenWhen</comment>
        <translation>Eine 503 mit Reason: Q.850;cause=41 von einem Carrier bei kurzen Ressourcen- oder Signalisierungsaussetzern oder eine REL mit Cause 41, wenn Ihre Seite mit einer 5xx geantwortet hat.</translation>
    </message>
    <message>
        <source>Carriers and gateways reporting a transient internal or network problem.</source>
        <comment>sentBy</comment>
        <translation>Carrier und Gateways, die ein vorübergehendes internes oder Netzproblem melden.</translation>
    </message>
    <message>
        <source>An immediate retry or route advance is reasonable; honour Retry-After if present.</source>
        <comment>retryNote</comment>
        <translation>Ein sofortiger neuer Versuch oder Route Advance ist sinnvoll; beachten Sie Retry-After, falls vorhanden.</translation>
    </message>
    <message>
        <source>Retry the call, or let the router advance to the next carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Wiederholen Sie den Ruf oder lassen Sie den Router zum nächsten Carrier weiterschalten.</translation>
    </message>
    <message>
        <source>Check the failure rate over time; a steady rate points to a persistent problem despite the cause.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Fehlerrate im Zeitverlauf; eine gleichbleibende Rate deutet trotz dieser Cause auf ein dauerhaftes Problem hin.</translation>
    </message>
    <message>
        <source>Give the carrier Call-IDs if the temporary failures continue.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Übermitteln Sie dem Carrier Call-IDs, wenn die vorübergehenden Fehler anhalten.</translation>
    </message>
    <message>
        <source>Carries cause=41; it invites an immediate retry.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=41; sie lädt zu einem sofortigen neuen Versuch ein.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Ein Gateway, das Last abwirft, kann hier angeben, wie lange vor dem Senden neuer Rufe gewartet werden soll.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 38 is the long-lasting network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>Cause 38 ist der länger andauernde Netzausfall.</translation>
    </message>
    <message>
        <source>Cause 42 is switch congestion.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation>Cause 42 ist eine Überlastung der Vermittlung.</translation>
    </message>
</context>
<context>
    <name>q850:42</name>
    <message>
        <source>Switching equipment congestion</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Überlastung der Vermittlungseinrichtung</translation>
    </message>
    <message>
        <source>The switch handling the call is overloaded.</source>
        <comment>summary</comment>
        <translation>Die Vermittlung, die den Ruf abwickelt, ist überlastet.</translation>
    </message>
    <message>
        <source>The switching equipment that generated the cause is under high traffic load. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>Die Vermittlungseinrichtung, die die Cause erzeugt hat, steht unter hoher Verkehrslast. RFC 3398 bildet sie auf 503 Service Unavailable ab.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=42 during traffic peaks or when calls are sent faster than the carrier&apos;s calls-per-second limit.</source>
        <comment>seenWhen</comment>
        <translation>Eine 503 mit Reason: Q.850;cause=42 in Verkehrsspitzen oder wenn Rufe schneller gesendet werden, als das Calls-per-Second-Limit des Carriers erlaubt.</translation>
    </message>
    <message>
        <source>An overloaded carrier switch, SBC or gateway.</source>
        <comment>sentBy</comment>
        <translation>Eine überlastete Carrier-Vermittlung, ein überlasteter SBC oder ein überlastetes Gateway.</translation>
    </message>
    <message>
        <source>Route advance is appropriate; retry the congested route only after Retry-After or a back-off.</source>
        <comment>retryNote</comment>
        <translation>Route Advance ist angebracht; die überlastete Route erst nach Retry-After oder einem Back-off erneut versuchen.</translation>
    </message>
    <message>
        <source>Check your call attempt rate against the carrier&apos;s CPS limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie Ihre Rufversuchsrate mit dem CPS-Limit des Carriers.</translation>
    </message>
    <message>
        <source>Honour Retry-After and pace new attempts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Beachten Sie Retry-After und takten Sie neue Versuche.</translation>
    </message>
    <message>
        <source>Spread traffic over other carriers during peaks.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Verteilen Sie den Verkehr in Spitzenzeiten auf andere Carrier.</translation>
    </message>
    <message>
        <source>Carries cause=42; the location shows which network is congested.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=42; die Location zeigt, welches Netz überlastet ist.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Ein Gateway, das Last abwirft, kann hier angeben, wie lange vor dem Senden neuer Rufe gewartet werden soll.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits rather than switch overload.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>Cause 34 ist ein Mangel an Leitungen, keine Überlastung der Vermittlung.</translation>
    </message>
    <message>
        <source>Cause 41 is a transient failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>Cause 41 ist ein vorübergehender Fehler.</translation>
    </message>
</context>
<context>
    <name>q850:43</name>
    <message>
        <source>Access information discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Zugangsinformation verworfen</translation>
    </message>
    <message>
        <source>Some access information could not be delivered to the remote user.</source>
        <comment>summary</comment>
        <translation>Einige Zugangsinformationen konnten dem fernen Teilnehmer nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>The network could not pass on access information the user sent, such as user-to-user information, compatibility information or a subaddress; the diagnostic says which element was dropped. The call itself may continue, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Das Netz konnte vom Teilnehmer gesendete Zugangsinformationen nicht weitergeben, etwa User-to-User-Informationen, Kompatibilitätsinformationen oder eine Subadresse; die Diagnostik gibt an, welches Element verworfen wurde. Der Ruf selbst kann fortgesetzt werden, und RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Occasionally visible in a Reason header when a gateway relays this cause from an ISDN progress or release message, often on calls carrying user-to-user information.</source>
        <comment>seenWhen</comment>
        <translation>Gelegentlich in einem Reason-Header sichtbar, wenn ein Gateway diese Cause aus einer ISDN-Progress- oder Release-Nachricht weitergibt, oft bei Rufen mit User-to-User-Informationen.</translation>
    </message>
    <message>
        <source>An ISDN network that dropped part of the call information.</source>
        <comment>sentBy</comment>
        <translation>Ein ISDN-Netz, das einen Teil der Rufinformationen verworfen hat.</translation>
    </message>
    <message>
        <source>Usually nothing to retry; the call can proceed without the discarded information.</source>
        <comment>retryNote</comment>
        <translation>Meist nichts zu wiederholen; der Ruf kann ohne die verworfenen Informationen fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Check which information element the diagnostic names.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, welches Informationselement die Diagnostik nennt.</translation>
    </message>
    <message>
        <source>Stop sending that information (for example user-to-user data) if the far end cannot take it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Senden Sie diese Informationen (zum Beispiel User-to-User-Daten) nicht mehr, wenn die Gegenseite sie nicht annehmen kann.</translation>
    </message>
    <message>
        <source>Treat it as a warning if the call otherwise connected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Behandeln Sie sie als Warnung, wenn der Ruf ansonsten zustande kam.</translation>
    </message>
    <message>
        <source>Carries cause=43; the cause alone does not mean the call failed.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=43; die Cause allein bedeutet nicht, dass der Ruf gescheitert ist.</translation>
    </message>
    <message>
        <source>Cause 29 rejects a requested facility outright.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>Cause 29 lehnt ein angefordertes Dienstmerkmal rundweg ab.</translation>
    </message>
    <message>
        <source>Cause 99 concerns unrecognised elements rather than undeliverable ones.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>Cause 99 betrifft nicht erkannte statt nicht zustellbare Elemente.</translation>
    </message>
    <message>
        <source>A possible SIP rendering if the gateway fails the call; RFC 3398 has no row for cause 43.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation>Eine mögliche SIP-Abbildung, wenn das Gateway den Ruf scheitern lässt; RFC 3398 enthält keine Zeile für Cause 43.</translation>
    </message>
</context>
<context>
    <name>q850:44</name>
    <message>
        <source>Requested circuit/channel not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Angeforderte Leitung/angeforderter Kanal nicht verfügbar</translation>
    </message>
    <message>
        <source>The specific circuit or channel asked for cannot be provided.</source>
        <comment>summary</comment>
        <translation>Die konkret angeforderte Leitung bzw. der angeforderte Kanal kann nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The circuit or channel requested by the other side cannot be provided, for example when an exclusive channel request collides with a channel already in use. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die von der Gegenseite angeforderte Leitung bzw. der Kanal kann nicht bereitgestellt werden, etwa wenn eine exklusive Kanalanforderung mit einem bereits belegten Kanal kollidiert. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a 5xx from a PRI or ISUP gateway when channel selection collides, such as two sides grabbing the same B-channel or CIC.</source>
        <comment>seenWhen</comment>
        <translation>Tritt im Reason-Header einer 5xx von einem PRI- oder ISUP-Gateway auf, wenn die Kanalauswahl kollidiert, etwa wenn beide Seiten denselben B-Kanal oder CIC belegen.</translation>
    </message>
    <message>
        <source>PRI and ISUP equipment on either side of a trunk.</source>
        <comment>sentBy</comment>
        <translation>PRI- und ISUP-Einrichtungen auf beiden Seiten eines Trunks.</translation>
    </message>
    <message>
        <source>Retry on another channel, span or gateway.</source>
        <comment>retryNote</comment>
        <translation>Auf einem anderen Kanal, Span oder Gateway erneut versuchen.</translation>
    </message>
    <message>
        <source>Check whether both sides use exclusive channel selection and pick channels from the same end.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob beide Seiten exklusive Kanalauswahl verwenden und die Kanäle vom selben Ende her belegen.</translation>
    </message>
    <message>
        <source>Configure opposite hunting directions to reduce glare.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Konfigurieren Sie entgegengesetzte Suchrichtungen, um Glare (Doppelbelegung) zu verringern.</translation>
    </message>
    <message>
        <source>Check for circuits blocked on one side but not the other.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie auf Leitungen, die auf einer Seite gesperrt sind, auf der anderen aber nicht.</translation>
    </message>
    <message>
        <source>Carries cause=44; it points to the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=44; sie verweist auf die TDM-Seite des Gateways.</translation>
    </message>
    <message>
        <source>Cause 34 means no channel at all is free.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>Cause 34 bedeutet, dass überhaupt kein Kanal frei ist.</translation>
    </message>
    <message>
        <source>Cause 6 means the offered channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>Cause 6 bedeutet, dass der angebotene Kanal nicht akzeptabel ist.</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 44.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Eine wahrscheinliche SIP-Abbildung; RFC 3398 enthält keine Zeile für Cause 44.</translation>
    </message>
</context>
<context>
    <name>q850:46</name>
    <message>
        <source>Precedence call blocked</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Vorrangruf blockiert</translation>
    </message>
    <message>
        <source>A precedence call could not be completed because no preemptable resource was available.</source>
        <comment>summary</comment>
        <translation>Ein Vorrangruf konnte nicht durchgestellt werden, weil keine verdrängbare Ressource verfügbar war.</translation>
    </message>
    <message>
        <source>In MLPP networks, the call was blocked because there are no preemptable circuits, or the called user is busy with a call of equal or higher precedence. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>In MLPP-Netzen wurde der Ruf blockiert, weil keine verdrängbaren Leitungen vorhanden sind oder der gerufene Teilnehmer mit einem Ruf gleicher oder höherer Priorität belegt ist. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in government or defence networks using MLPP, in the Reason header of a failure response for a priority call.</source>
        <comment>seenWhen</comment>
        <translation>Tritt in Behörden- oder Verteidigungsnetzen mit MLPP im Reason-Header einer Fehlerantwort für einen Vorrangruf auf.</translation>
    </message>
    <message>
        <source>An MLPP-capable exchange.</source>
        <comment>sentBy</comment>
        <translation>Eine MLPP-fähige Vermittlungsstelle.</translation>
    </message>
    <message>
        <source>Retry later, or with higher precedence only if policy allows it.</source>
        <comment>retryNote</comment>
        <translation>Später erneut versuchen oder, nur wenn die Policy es erlaubt, mit höherer Priorität.</translation>
    </message>
    <message>
        <source>Check the precedence level in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Prioritätsstufe im Resource-Priority-Header.</translation>
    </message>
    <message>
        <source>Retry later or at a higher precedence if authorised.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Versuchen Sie es später oder, sofern berechtigt, mit höherer Priorität erneut.</translation>
    </message>
    <message>
        <source>Review capacity on the affected route with the network operator.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Überprüfen Sie mit dem Netzbetreiber die Kapazität auf der betroffenen Route.</translation>
    </message>
    <message>
        <source>Carries cause=46.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=46.</translation>
    </message>
    <message>
        <source>Shows the precedence the call requested.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>Zeigt die vom Ruf angeforderte Priorität.</translation>
    </message>
    <message>
        <source>Cause 8 preempts an existing call.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation>Cause 8 verdrängt einen bestehenden Ruf.</translation>
    </message>
    <message>
        <source>Cause 17 is an ordinary busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>Cause 17 ist ein gewöhnliches Besetzt.</translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits without precedence.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>Cause 34 ist ein Mangel an Leitungen ohne Vorrang.</translation>
    </message>
</context>
<context>
    <name>q850:47</name>
    <message>
        <source>Resource unavailable, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ressource nicht verfügbar, unspezifiziert</translation>
    </message>
    <message>
        <source>A needed resource is unavailable and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>Eine benötigte Ressource ist nicht verfügbar, und keine spezifischere Cause trifft zu.</translation>
    </message>
    <message>
        <source>Reports a resource unavailable event only when no other cause in that class fits. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>Meldet, dass eine Ressource nicht verfügbar ist, nur dann, wenn keine andere Cause dieser Klasse passt. RFC 3398 bildet sie auf 503 Service Unavailable ab.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=47 when a gateway runs out of DSP or transcoding resources, or a carrier has an unnamed resource shortage.</source>
        <comment>seenWhen</comment>
        <translation>Eine 503 mit Reason: Q.850;cause=47, wenn einem Gateway die DSP- oder Transcoding-Ressourcen ausgehen oder ein Carrier einen nicht näher benannten Ressourcenmangel hat.</translation>
    </message>
    <message>
        <source>Gateways and switches out of an internal resource.</source>
        <comment>sentBy</comment>
        <translation>Gateways und Vermittlungen, denen eine interne Ressource ausgegangen ist.</translation>
    </message>
    <message>
        <source>Try another route now; retry this one after Retry-After or when load drops.</source>
        <comment>retryNote</comment>
        <translation>Jetzt eine andere Route versuchen; diese nach Retry-After oder bei sinkender Last erneut versuchen.</translation>
    </message>
    <message>
        <source>Check DSP, transcoder and media port usage on the gateway or SBC.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Auslastung von DSPs, Transcodern und Media-Ports auf dem Gateway bzw. SBC.</translation>
    </message>
    <message>
        <source>Offer codecs that avoid transcoding.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Bieten Sie Codecs an, die Transcoding vermeiden.</translation>
    </message>
    <message>
        <source>Route advance to another gateway while resources are exhausted.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Weichen Sie per Route Advance auf ein anderes Gateway aus, solange die Ressourcen erschöpft sind.</translation>
    </message>
    <message>
        <source>Carries cause=47; the text parameter may name the resource.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=47; der text-Parameter kann die Ressource benennen.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Ein Gateway, das Last abwirft, kann hier angeben, wie lange vor dem Senden neuer Rufe gewartet werden soll.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 34 is the specific lack of circuits.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>Cause 34 ist der spezifische Mangel an Leitungen.</translation>
    </message>
    <message>
        <source>Cause 58 is a temporary lack of the requested bearer.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>Cause 58 ist ein vorübergehender Mangel an der angeforderten Übermittlungsfähigkeit.</translation>
    </message>
</context>
<context>
    <name>q850:49</name>
    <message>
        <source>Quality of Service not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Dienstgüte (QoS) nicht verfügbar</translation>
    </message>
    <message>
        <source>The requested quality of service cannot be provided.</source>
        <comment>summary</comment>
        <translation>Die angeforderte Dienstgüte kann nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The network cannot deliver the quality of service that was requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Das Netz kann die angeforderte Dienstgüte nicht liefern. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Rare on voice trunks; a gateway may relay it in a Reason header when an ISDN or data service cannot meet a requested QoS.</source>
        <comment>seenWhen</comment>
        <translation>Selten auf Sprach-Trunks; ein Gateway kann sie in einem Reason-Header weitergeben, wenn ein ISDN- oder Datendienst eine angeforderte QoS nicht erfüllen kann.</translation>
    </message>
    <message>
        <source>Network equipment that cannot meet a QoS request.</source>
        <comment>sentBy</comment>
        <translation>Netzeinrichtungen, die eine QoS-Anforderung nicht erfüllen können.</translation>
    </message>
    <message>
        <source>Another route or default parameters may work.</source>
        <comment>retryNote</comment>
        <translation>Eine andere Route oder Standardparameter können funktionieren.</translation>
    </message>
    <message>
        <source>Check whether the call requested special bearer or QoS parameters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Ruf besondere Bearer- oder QoS-Parameter angefordert hat.</translation>
    </message>
    <message>
        <source>Retry with default service parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Versuchen Sie es mit Standard-Dienstparametern erneut.</translation>
    </message>
    <message>
        <source>Try another route with more capacity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Versuchen Sie eine andere Route mit mehr Kapazität.</translation>
    </message>
    <message>
        <source>Carries cause=49.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=49.</translation>
    </message>
    <message>
        <source>Cause 47 is the general resource shortage.</source>
        <comment>related q850:47</comment>
        <extracomment>How q850:47 differs</extracomment>
        <translation>Cause 47 ist der allgemeine Ressourcenmangel.</translation>
    </message>
    <message>
        <source>Cause 58 is a bearer that is temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>Cause 58 ist eine vorübergehend nicht verfügbare Übermittlungsfähigkeit.</translation>
    </message>
</context>
<context>
    <name>q850:5</name>
    <message>
        <source>Misdialled trunk prefix (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Falsch gewählte Verkehrsausscheidungsziffer (nationale Nutzung)</translation>
    </message>
    <message>
        <source>The called number wrongly includes a national trunk prefix.</source>
        <comment>summary</comment>
        <translation>Die gerufene Rufnummer enthält fälschlicherweise eine nationale Verkehrsausscheidungsziffer.</translation>
    </message>
    <message>
        <source>The called number contains a trunk prefix, such as a leading 0, that should have been removed before the number was sent into the network. RFC 3398 has no row for this cause.</source>
        <comment>description</comment>
        <translation>Die gerufene Rufnummer enthält ein Präfix zur Verkehrsausscheidung, etwa eine führende 0, das vor dem Senden ins Netz hätte entfernt werden müssen. RFC 3398 enthält für diese Cause keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the SBC sends national numbers with the trunk prefix still attached, or prepends a country code without stripping the leading 0.</source>
        <comment>seenWhen</comment>
        <translation>Tritt im Reason-Header einer Fehlerantwort auf, wenn der SBC nationale Rufnummern mit noch vorhandener Verkehrsausscheidungsziffer sendet oder eine Ländervorwahl voranstellt, ohne die führende 0 zu entfernen.</translation>
    </message>
    <message>
        <source>A national exchange that detects a trunk prefix in the called number.</source>
        <comment>sentBy</comment>
        <translation>Eine nationale Vermittlungsstelle, die eine Verkehrsausscheidungsziffer in der gerufenen Rufnummer erkennt.</translation>
    </message>
    <message>
        <source>Retry only with the number rewritten without the trunk prefix.</source>
        <comment>retryNote</comment>
        <translation>Nur mit einer ohne Verkehrsausscheidungsziffer umgeschriebenen Rufnummer erneut versuchen.</translation>
    </message>
    <message>
        <source>Compare the Request-URI and To user part with the format the carrier expects (national, international or E.164).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie die User-Teile von Request-URI und To mit dem Format, das der Carrier erwartet (national, international oder E.164).</translation>
    </message>
    <message>
        <source>Fix the number normalisation rule so the trunk prefix is stripped when a country code is added.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Korrigieren Sie die Regel zur Rufnummernnormalisierung, sodass die Verkehrsausscheidungsziffer beim Hinzufügen einer Ländervorwahl entfernt wird.</translation>
    </message>
    <message>
        <source>Place a test call and confirm the digits on the carrier side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Führen Sie einen Testanruf durch und lassen Sie sich die Ziffern auf Carrier-Seite bestätigen.</translation>
    </message>
    <message>
        <source>Carries cause=5; the called number in the INVITE is the thing to inspect.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=5; zu prüfen ist die gerufene Rufnummer im INVITE.</translation>
    </message>
    <message>
        <source>A likely SIP rendering for a number in the wrong form; RFC 3398 has no row for cause 5.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Eine wahrscheinliche SIP-Abbildung für eine Rufnummer in falscher Form; RFC 3398 enthält keine Zeile für Cause 5.</translation>
    </message>
    <message>
        <source>Cause 28 covers numbers that are incomplete or in an invalid format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>Cause 28 deckt unvollständige oder ungültig formatierte Rufnummern ab.</translation>
    </message>
    <message>
        <source>Cause 1 is returned when the digits form a valid but unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>Cause 1 wird geliefert, wenn die Ziffern eine gültige, aber nicht vergebene Rufnummer ergeben.</translation>
    </message>
</context>
<context>
    <name>q850:50</name>
    <message>
        <source>Requested facility not subscribed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Angefordertes Dienstmerkmal nicht abonniert</translation>
    </message>
    <message>
        <source>The caller asked for a supplementary service it has not subscribed to.</source>
        <comment>summary</comment>
        <translation>Der Anrufer hat ein Dienstmerkmal angefordert, das er nicht abonniert hat.</translation>
    </message>
    <message>
        <source>The requested supplementary service is implemented, but the user has not completed the administrative arrangements to use it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Das angeforderte Dienstmerkmal ist implementiert, aber der Teilnehmer hat die administrativen Voraussetzungen für seine Nutzung nicht erfüllt. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in a failure response when the carrier account lacks a feature the call needs, such as a caller ID option or a service class.</source>
        <comment>seenWhen</comment>
        <translation>Tritt in einer Fehlerantwort auf, wenn dem Carrier-Account ein Leistungsmerkmal fehlt, das der Ruf benötigt, etwa eine Caller-ID-Option oder eine Dienstklasse.</translation>
    </message>
    <message>
        <source>A carrier exchange enforcing subscription data.</source>
        <comment>sentBy</comment>
        <translation>Eine Carrier-Vermittlungsstelle, die Abonnementdaten durchsetzt.</translation>
    </message>
    <message>
        <source>Retry without the unsubscribed service, or after subscribing to it.</source>
        <comment>retryNote</comment>
        <translation>Ohne das nicht abonnierte Dienstmerkmal oder nach dessen Buchung erneut versuchen.</translation>
    </message>
    <message>
        <source>Identify the service the call requested.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie das vom Ruf angeforderte Dienstmerkmal.</translation>
    </message>
    <message>
        <source>Check the account features with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Leistungsmerkmale des Accounts mit dem Carrier.</translation>
    </message>
    <message>
        <source>Retry without the service or after it is enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Versuchen Sie es ohne das Dienstmerkmal oder nach dessen Freischaltung erneut.</translation>
    </message>
    <message>
        <source>Carries cause=50; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=50; die Diagnostik kann das Dienstmerkmal benennen.</translation>
    </message>
    <message>
        <source>Cause 29 rejects a facility without blaming the subscription.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>Cause 29 lehnt ein Dienstmerkmal ab, ohne das Abonnement als Grund anzugeben.</translation>
    </message>
    <message>
        <source>Cause 69 means the facility is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>Cause 69 bedeutet, dass das Dienstmerkmal überhaupt nicht implementiert ist.</translation>
    </message>
    <message>
        <source>Cause 57 is the bearer capability equivalent.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation>Cause 57 ist das Gegenstück für die Übermittlungsfähigkeit.</translation>
    </message>
</context>
<context>
    <name>q850:53</name>
    <message>
        <source>Outgoing calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Abgehende Rufe innerhalb der CUG gesperrt</translation>
    </message>
    <message>
        <source>The caller belongs to the closed user group but may not make outgoing calls in it.</source>
        <comment>summary</comment>
        <translation>Der Anrufer gehört der geschlossenen Benutzergruppe an, darf darin aber keine abgehenden Rufe tätigen.</translation>
    </message>
    <message>
        <source>The calling party is a member of the closed user group (CUG) for the outgoing CUG call, but outgoing calls are not permitted for this member. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Der rufende Teilnehmer ist Mitglied der geschlossenen Benutzergruppe (CUG) für den abgehenden CUG-Ruf, für dieses Mitglied sind abgehende Rufe aber nicht zugelassen. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen on enterprise or virtual private network services built on CUGs, in the Reason header of a rejection.</source>
        <comment>seenWhen</comment>
        <translation>Tritt bei Unternehmens- oder VPN-Diensten auf Basis von CUGs im Reason-Header einer Abweisung auf.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation>Ein Netz, das die Regeln geschlossener Benutzergruppen durchsetzt.</translation>
    </message>
    <message>
        <source>Do not retry until the CUG restrictions are changed.</source>
        <comment>retryNote</comment>
        <translation>Nicht erneut versuchen, bevor die CUG-Beschränkungen geändert wurden.</translation>
    </message>
    <message>
        <source>Check the caller&apos;s CUG membership and restrictions with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die CUG-Mitgliedschaft und -Beschränkungen des Anrufers mit dem Betreiber.</translation>
    </message>
    <message>
        <source>Place the call without the CUG if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Führen Sie den Ruf ohne CUG durch, sofern die Policy es erlaubt.</translation>
    </message>
    <message>
        <source>Ask the administrator to lift the outgoing restriction.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Bitten Sie den Administrator, die Sperre für abgehende Rufe aufzuheben.</translation>
    </message>
    <message>
        <source>Carries cause=53.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=53.</translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls to the member instead.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation>Cause 55 sperrt stattdessen ankommende Rufe zum Mitglied.</translation>
    </message>
    <message>
        <source>Cause 87 means a party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>Cause 87 bedeutet, dass ein Teilnehmer nicht in der CUG ist.</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 53.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Eine wahrscheinliche SIP-Abbildung; RFC 3398 enthält keine Zeile für Cause 53.</translation>
    </message>
</context>
<context>
    <name>q850:55</name>
    <message>
        <source>Incoming calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ankommende Rufe innerhalb der CUG gesperrt</translation>
    </message>
    <message>
        <source>The called party is in the closed user group but does not accept incoming calls in it.</source>
        <comment>summary</comment>
        <translation>Der gerufene Teilnehmer ist in der geschlossenen Benutzergruppe, nimmt darin aber keine ankommenden Rufe an.</translation>
    </message>
    <message>
        <source>Although the called party is a member of the closed user group for this incoming CUG call, incoming calls are not allowed to this member. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>Obwohl der gerufene Teilnehmer Mitglied der geschlossenen Benutzergruppe für diesen ankommenden CUG-Ruf ist, sind ankommende Rufe zu diesem Mitglied nicht zugelassen. RFC 3398 bildet sie auf 403 Forbidden ab.</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=55 on CUG-based enterprise services.</source>
        <comment>seenWhen</comment>
        <translation>Eine 403 mit Reason: Q.850;cause=55 bei CUG-basierten Unternehmensdiensten.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation>Ein Netz, das die Regeln geschlossener Benutzergruppen durchsetzt.</translation>
    </message>
    <message>
        <source>Do not retry until the restriction is changed.</source>
        <comment>retryNote</comment>
        <translation>Nicht erneut versuchen, bevor die Sperre geändert wurde.</translation>
    </message>
    <message>
        <source>Check the called member&apos;s CUG restrictions.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die CUG-Beschränkungen des gerufenen Mitglieds.</translation>
    </message>
    <message>
        <source>Ask the administrator to allow incoming calls if appropriate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Bitten Sie den Administrator, ankommende Rufe gegebenenfalls zuzulassen.</translation>
    </message>
    <message>
        <source>Reach the party through a non-CUG number if policy allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Erreichen Sie den Teilnehmer über eine Rufnummer außerhalb der CUG, sofern die Policy es erlaubt.</translation>
    </message>
    <message>
        <source>Carries cause=55.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=55.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing calls for the caller.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation>Cause 53 sperrt abgehende Rufe für den Anrufer.</translation>
    </message>
    <message>
        <source>Cause 87 means one party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>Cause 87 bedeutet, dass ein Teilnehmer nicht in der CUG ist.</translation>
    </message>
</context>
<context>
    <name>q850:57</name>
    <message>
        <source>Bearer capability not authorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Übermittlungsfähigkeit nicht autorisiert</translation>
    </message>
    <message>
        <source>The caller asked for a bearer service it is not allowed to use.</source>
        <comment>summary</comment>
        <translation>Der Anrufer hat einen Übermittlungsdienst angefordert, den er nicht nutzen darf.</translation>
    </message>
    <message>
        <source>The requested bearer capability is implemented by the equipment, but the user is not authorised to use it. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>Die angeforderte Übermittlungsfähigkeit (Bearer Capability) ist in der Einrichtung implementiert, aber der Teilnehmer ist nicht berechtigt, sie zu nutzen. RFC 3398 bildet sie auf 403 Forbidden ab.</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=57 when a gateway signals a data or unrestricted digital bearer, for example for clear-channel or video calls, on a trunk provisioned only for speech.</source>
        <comment>seenWhen</comment>
        <translation>Eine 403 mit Reason: Q.850;cause=57, wenn ein Gateway eine Daten- oder uneingeschränkte digitale Übermittlungsfähigkeit signalisiert, etwa für Clear-Channel- oder Videorufe, auf einem Trunk, der nur für Sprache eingerichtet ist.</translation>
    </message>
    <message>
        <source>A PSTN exchange checking bearer service authorisation.</source>
        <comment>sentBy</comment>
        <translation>Eine PSTN-Vermittlungsstelle, die die Berechtigung für Übermittlungsdienste prüft.</translation>
    </message>
    <message>
        <source>Retry with a bearer capability the account is allowed to use.</source>
        <comment>retryNote</comment>
        <translation>Mit einer Übermittlungsfähigkeit erneut versuchen, die der Account nutzen darf.</translation>
    </message>
    <message>
        <source>Check the bearer capability the gateway sends for this call type.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Übermittlungsfähigkeit, die das Gateway für diesen Ruftyp sendet.</translation>
    </message>
    <message>
        <source>Use speech or 3.1 kHz audio bearer for voice and fax calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verwenden Sie für Sprach- und Faxrufe die Übermittlungsfähigkeit Sprache oder 3,1 kHz Audio.</translation>
    </message>
    <message>
        <source>Ask the carrier to provision the bearer service if it is needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Bitten Sie den Carrier, den Übermittlungsdienst einzurichten, falls er benötigt wird.</translation>
    </message>
    <message>
        <source>Carries cause=57.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=57.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 58 means the bearer is allowed but temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>Cause 58 bedeutet, dass die Übermittlungsfähigkeit erlaubt, aber vorübergehend nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>Cause 65 bedeutet, dass die Übermittlungsfähigkeit nicht implementiert ist.</translation>
    </message>
</context>
<context>
    <name>q850:58</name>
    <message>
        <source>Bearer capability not presently available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Übermittlungsfähigkeit derzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>The requested bearer service exists but cannot be provided right now.</source>
        <comment>summary</comment>
        <translation>Der angeforderte Übermittlungsdienst existiert, kann aber im Moment nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The bearer capability is implemented but is not available at this time. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>Die Übermittlungsfähigkeit ist implementiert, steht zurzeit aber nicht zur Verfügung. RFC 3398 bildet sie auf 503 Service Unavailable ab.</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=58 when resources for a particular bearer, such as unrestricted digital, are exhausted; Asterisk also uses this cause when no common codec is found.</source>
        <comment>seenWhen</comment>
        <translation>Eine 503 mit Reason: Q.850;cause=58, wenn die Ressourcen für eine bestimmte Übermittlungsfähigkeit, etwa uneingeschränkt digital, erschöpft sind; Asterisk verwendet diese Cause auch, wenn kein gemeinsamer Codec gefunden wird.</translation>
    </message>
    <message>
        <source>Exchanges and gateways short of a specific bearer resource.</source>
        <comment>sentBy</comment>
        <translation>Vermittlungsstellen und Gateways, denen eine bestimmte Bearer-Ressource fehlt.</translation>
    </message>
    <message>
        <source>Retry later or over another route; the bearer may become available.</source>
        <comment>retryNote</comment>
        <translation>Später oder über eine andere Route erneut versuchen; die Übermittlungsfähigkeit kann wieder verfügbar werden.</translation>
    </message>
    <message>
        <source>Check whether the failure is specific to data or video calls.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Fehler nur Daten- oder Videorufe betrifft.</translation>
    </message>
    <message>
        <source>Retry later or over a route with spare capacity for that bearer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Versuchen Sie es später oder über eine Route mit freier Kapazität für diese Übermittlungsfähigkeit erneut.</translation>
    </message>
    <message>
        <source>If Asterisk produced it, compare the codec lists on both legs.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wenn Asterisk sie erzeugt hat, vergleichen Sie die Codec-Listen auf beiden Call Legs.</translation>
    </message>
    <message>
        <source>Carries cause=58.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=58.</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Ein Gateway, das Last abwirft, kann hier angeben, wie lange vor dem Senden neuer Rufe gewartet werden soll.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>Cause 65 bedeutet, dass die Übermittlungsfähigkeit überhaupt nicht implementiert ist.</translation>
    </message>
    <message>
        <source>Asterisk sends 488 for this cause, unlike RFC 3398.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Asterisk sendet für diese Cause abweichend von RFC 3398 eine 488.</translation>
    </message>
</context>
<context>
    <name>q850:6</name>
    <message>
        <source>Channel unacceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Kanal nicht akzeptabel</translation>
    </message>
    <message>
        <source>The B-channel or circuit most recently offered is not acceptable to the sender.</source>
        <comment>summary</comment>
        <translation>Der zuletzt angebotene B-Kanal bzw. die zuletzt angebotene Leitung ist für den Sender nicht akzeptabel.</translation>
    </message>
    <message>
        <source>During ISDN call set-up the channel identified by the other side cannot be used by the equipment sending this cause. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Beim ISDN-Verbindungsaufbau kann der von der Gegenseite angegebene Kanal von der Einrichtung, die diese Cause sendet, nicht verwendet werden. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Shows up in the Reason header of a 5xx from a PRI or ISUP gateway when channel negotiation on the TDM side fails, often after a span reconfiguration.</source>
        <comment>seenWhen</comment>
        <translation>Erscheint im Reason-Header einer 5xx von einem PRI- oder ISUP-Gateway, wenn die Kanalaushandlung auf der TDM-Seite scheitert, oft nach einer Umkonfiguration des Spans.</translation>
    </message>
    <message>
        <source>An ISDN PRI or ISUP gateway, or the switch on the other side of it.</source>
        <comment>sentBy</comment>
        <translation>Ein ISDN-PRI- oder ISUP-Gateway oder die Vermittlung auf dessen Gegenseite.</translation>
    </message>
    <message>
        <source>Another span or gateway may accept the call; the same channel choice will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Ein anderer Span oder ein anderes Gateway kann den Ruf annehmen; dieselbe Kanalwahl wird erneut abgelehnt.</translation>
    </message>
    <message>
        <source>Check the PRI channel selection mode (preferred or exclusive) on both the gateway and the PBX or carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den PRI-Kanalauswahlmodus (preferred oder exclusive) sowohl am Gateway als auch an der TK-Anlage bzw. beim Carrier.</translation>
    </message>
    <message>
        <source>Look for B-channels in maintenance or blocked state on the span.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Suchen Sie nach B-Kanälen im Wartungs- oder Sperrzustand auf dem Span.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which channel was offered and refused.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Zeichnen Sie den Q.931-Trace auf, um zu sehen, welcher Kanal angeboten und abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Carries cause=6; the problem lies on the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=6; das Problem liegt auf der TDM-Seite des Gateways.</translation>
    </message>
    <message>
        <source>A likely SIP rendering for a channel problem; RFC 3398 has no row for cause 6.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Eine wahrscheinliche SIP-Abbildung für ein Kanalproblem; RFC 3398 enthält keine Zeile für Cause 6.</translation>
    </message>
    <message>
        <source>Cause 44 means the specifically requested channel is not available.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>Cause 44 bedeutet, dass der konkret angeforderte Kanal nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Cause 82 means the identified channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>Cause 82 bedeutet, dass der angegebene Kanal nicht existiert.</translation>
    </message>
</context>
<context>
    <name>q850:62</name>
    <message>
        <source>Inconsistency in designated outgoing access information and subscriber class</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Widerspruch zwischen festgelegter Zugangsinformation für abgehende Rufe und Teilnehmerklasse</translation>
    </message>
    <message>
        <source>The CUG outgoing access requested does not match the subscriber&apos;s class.</source>
        <comment>summary</comment>
        <translation>Der angeforderte abgehende CUG-Zugang passt nicht zur Teilnehmerklasse.</translation>
    </message>
    <message>
        <source>The outgoing access information designated for the call is inconsistent with the subscriber class, a closed user group check. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die für den Ruf festgelegte Zugangsinformation für abgehende Rufe widerspricht der Teilnehmerklasse; es handelt sich um eine Prüfung der geschlossenen Benutzergruppe. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen on CUG-based services when a call asks for outgoing access that the subscriber&apos;s profile does not include.</source>
        <comment>seenWhen</comment>
        <translation>Tritt bei CUG-basierten Diensten auf, wenn ein Ruf einen abgehenden Zugang anfordert, den das Teilnehmerprofil nicht enthält.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group data.</source>
        <comment>sentBy</comment>
        <translation>Ein Netz, das CUG-Daten durchsetzt.</translation>
    </message>
    <message>
        <source>Do not retry until the profile or the access request is fixed.</source>
        <comment>retryNote</comment>
        <translation>Nicht erneut versuchen, bevor das Profil oder die Zugangsanforderung korrigiert ist.</translation>
    </message>
    <message>
        <source>Check the subscriber&apos;s CUG profile and outgoing access setting.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie das CUG-Profil des Teilnehmers und die Einstellung für abgehenden Zugang.</translation>
    </message>
    <message>
        <source>Place the call with access options consistent with the profile.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Führen Sie den Ruf mit Zugangsoptionen durch, die zum Profil passen.</translation>
    </message>
    <message>
        <source>Ask the operator to correct the profile if needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Bitten Sie den Betreiber, das Profil bei Bedarf zu korrigieren.</translation>
    </message>
    <message>
        <source>Carries cause=62.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=62.</translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing CUG calls.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation>Cause 53 sperrt abgehende CUG-Rufe.</translation>
    </message>
    <message>
        <source>Cause 87 means the party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>Cause 87 bedeutet, dass der Teilnehmer nicht in der CUG ist.</translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation>Cause 90 bedeutet, dass die CUG nicht existiert.</translation>
    </message>
</context>
<context>
    <name>q850:63</name>
    <message>
        <source>Service or option not available, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Dienst oder Option nicht verfügbar, unspezifiziert</translation>
    </message>
    <message>
        <source>A requested service or option is not available and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>Ein angeforderter Dienst bzw. eine Option ist nicht verfügbar, und keine spezifischere Cause trifft zu.</translation>
    </message>
    <message>
        <source>Reports a service or option not available event only when no other cause in the class fits. RFC 3398 uses it in the SIP to ISUP direction for 405 Method Not Allowed.</source>
        <comment>description</comment>
        <translation>Meldet, dass ein Dienst oder eine Option nicht verfügbar ist, nur dann, wenn keine andere Cause der Klasse passt. RFC 3398 verwendet sie in Richtung SIP nach ISUP für 405 Method Not Allowed.</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the carrier does not offer the requested service on the account, or in a REL after a 405 from the SIP side.</source>
        <comment>seenWhen</comment>
        <translation>Tritt im Reason-Header einer Fehlerantwort auf, wenn der Carrier den angeforderten Dienst für den Account nicht anbietet, oder in einer REL nach einer 405 von der SIP-Seite.</translation>
    </message>
    <message>
        <source>Exchanges and gateways reporting a service they do not offer.</source>
        <comment>sentBy</comment>
        <translation>Vermittlungsstellen und Gateways, die einen Dienst melden, den sie nicht anbieten.</translation>
    </message>
    <message>
        <source>Another route that offers the service may succeed.</source>
        <comment>retryNote</comment>
        <translation>Eine andere Route, die den Dienst anbietet, kann erfolgreich sein.</translation>
    </message>
    <message>
        <source>Check which service the call relies on (destination class, feature, method).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, auf welchen Dienst der Ruf angewiesen ist (Zielklasse, Leistungsmerkmal, Methode).</translation>
    </message>
    <message>
        <source>Check the account and trunk options with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Account- und Trunk-Optionen mit dem Carrier.</translation>
    </message>
    <message>
        <source>Try another route that offers the service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Versuchen Sie eine andere Route, die den Dienst anbietet.</translation>
    </message>
    <message>
        <source>Carries cause=63.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=63.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 Method Not Allowed to this cause.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>RFC 3398 bildet 405 Method Not Allowed auf diesen Cause-Wert ab.</translation>
    </message>
    <message>
        <source>Cause 79 means the service is not implemented.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>Cause 79 bedeutet, dass der Dienst nicht implementiert ist.</translation>
    </message>
    <message>
        <source>Cause 50 means the service is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>Cause 50 bedeutet, dass der Dienst nicht abonniert ist.</translation>
    </message>
</context>
<context>
    <name>q850:65</name>
    <message>
        <source>Bearer capability not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Übermittlungsfähigkeit nicht implementiert</translation>
    </message>
    <message>
        <source>The equipment does not support the requested bearer service.</source>
        <comment>summary</comment>
        <translation>Die Einrichtung unterstützt den angeforderten Übermittlungsdienst nicht.</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the bearer capability requested. RFC 3398 renders it as 488 Not Acceptable Here and suggests it for 488 or 606 when the Warning points to an unavailable bearer.</source>
        <comment>description</comment>
        <translation>Die Einrichtung, die die Cause sendet, unterstützt die angeforderte Übermittlungsfähigkeit nicht. RFC 3398 bildet sie auf 488 Not Acceptable Here ab und schlägt sie für 488 oder 606 vor, wenn der Warning-Header auf eine nicht verfügbare Übermittlungsfähigkeit hinweist.</translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=65 when the SDP offer or the derived bearer (for example video or clear-channel data) cannot be carried by the gateway or the PSTN.</source>
        <comment>seenWhen</comment>
        <translation>Eine 488 mit Reason: Q.850;cause=65, wenn das SDP-Angebot bzw. die daraus abgeleitete Übermittlungsfähigkeit (zum Beispiel Video oder Clear-Channel-Daten) vom Gateway oder vom PSTN nicht übertragen werden kann.</translation>
    </message>
    <message>
        <source>A gateway or exchange that lacks the requested bearer service.</source>
        <comment>sentBy</comment>
        <translation>Ein Gateway oder eine Vermittlungsstelle ohne den angeforderten Übermittlungsdienst.</translation>
    </message>
    <message>
        <source>Retry with a different codec or bearer.</source>
        <comment>retryNote</comment>
        <translation>Mit einem anderen Codec bzw. einer anderen Übermittlungsfähigkeit erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the SDP offer: include G.711 for calls that cross the PSTN.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie das SDP-Angebot: Nehmen Sie für Rufe ins PSTN G.711 auf.</translation>
    </message>
    <message>
        <source>Check how the gateway maps codecs and fax (T.38) to ISDN bearer capabilities.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, wie das Gateway Codecs und Fax (T.38) auf ISDN-Übermittlungsfähigkeiten abbildet.</translation>
    </message>
    <message>
        <source>Retry with a plain speech bearer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Versuchen Sie es mit einer einfachen Übermittlungsfähigkeit „Sprache“ erneut.</translation>
    </message>
    <message>
        <source>Carries cause=65.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=65.</translation>
    </message>
    <message>
        <source>A 488 may carry a warn-code that names the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Eine 488 kann einen warn-code enthalten, der das Medienproblem benennt.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 58 means the bearer exists but is busy.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>Cause 58 bedeutet, dass die Übermittlungsfähigkeit existiert, aber ausgelastet ist.</translation>
    </message>
    <message>
        <source>Cause 70 means only the restricted digital bearer exists.</source>
        <comment>related q850:70</comment>
        <extracomment>How q850:70 differs</extracomment>
        <translation>Cause 70 bedeutet, dass nur die eingeschränkte digitale Übermittlungsfähigkeit existiert.</translation>
    </message>
</context>
<context>
    <name>q850:66</name>
    <message>
        <source>Channel type not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Kanaltyp nicht implementiert</translation>
    </message>
    <message>
        <source>The equipment does not support the requested channel type.</source>
        <comment>summary</comment>
        <translation>Die Einrichtung unterstützt den angeforderten Kanaltyp nicht.</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the channel type requested, for example a channel rate it does not offer. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung, die die Cause sendet, unterstützt den angeforderten Kanaltyp nicht, etwa eine Kanalrate, die sie nicht anbietet. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; seen when a PRI gateway requests a channel type, such as multi-rate, that the switch does not support.</source>
        <comment>seenWhen</comment>
        <translation>Selten auf SIP-Trunks; tritt auf, wenn ein PRI-Gateway einen Kanaltyp wie Multirate anfordert, den die Vermittlung nicht unterstützt.</translation>
    </message>
    <message>
        <source>ISDN equipment on either side of a PRI.</source>
        <comment>sentBy</comment>
        <translation>ISDN-Einrichtungen auf beiden Seiten eines PRI.</translation>
    </message>
    <message>
        <source>Retry with a supported channel type.</source>
        <comment>retryNote</comment>
        <translation>Mit einem unterstützten Kanaltyp erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the channel type and rate the gateway requests on the PRI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie Kanaltyp und Rate, die das Gateway auf dem PRI anfordert.</translation>
    </message>
    <message>
        <source>Configure standard 64 kbit/s B-channel calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Konfigurieren Sie Standardrufe über 64-kbit/s-B-Kanäle.</translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie die Switch-Type-Einstellung des Spans.</translation>
    </message>
    <message>
        <source>Carries cause=66.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=66.</translation>
    </message>
    <message>
        <source>Cause 65 is about the bearer rather than the channel.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>Cause 65 betrifft die Übermittlungsfähigkeit und nicht den Kanal.</translation>
    </message>
    <message>
        <source>Cause 6 means a specific channel was unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>Cause 6 bedeutet, dass ein bestimmter Kanal nicht akzeptabel war.</translation>
    </message>
    <message>
        <source>Cause 82 means the channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>Cause 82 bedeutet, dass der Kanal nicht existiert.</translation>
    </message>
</context>
<context>
    <name>q850:69</name>
    <message>
        <source>Requested facility not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Angefordertes Dienstmerkmal nicht implementiert</translation>
    </message>
    <message>
        <source>The equipment does not support the requested supplementary service.</source>
        <comment>summary</comment>
        <translation>Die Einrichtung unterstützt das angeforderte Dienstmerkmal nicht.</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the supplementary service requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung, die die Cause sendet, unterstützt das angeforderte Dienstmerkmal nicht. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen when a call asks the PSTN side for a feature, such as a specific transfer or call completion service, that the switch does not provide.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn ein Ruf von der PSTN-Seite ein Leistungsmerkmal anfordert, etwa eine bestimmte Vermittlungsfunktion oder einen Rückrufdienst (Call Completion), das die Vermittlung nicht bereitstellt.</translation>
    </message>
    <message>
        <source>An exchange or gateway lacking the service.</source>
        <comment>sentBy</comment>
        <translation>Eine Vermittlungsstelle oder ein Gateway ohne diesen Dienst.</translation>
    </message>
    <message>
        <source>Retry without the unsupported service.</source>
        <comment>retryNote</comment>
        <translation>Ohne das nicht unterstützte Dienstmerkmal erneut versuchen.</translation>
    </message>
    <message>
        <source>Identify the service requested in the signalling.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie das in der Signalisierung angeforderte Dienstmerkmal.</translation>
    </message>
    <message>
        <source>Disable the feature for this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Deaktivieren Sie das Leistungsmerkmal für diese Route.</translation>
    </message>
    <message>
        <source>Retry the call without it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wiederholen Sie den Ruf ohne es.</translation>
    </message>
    <message>
        <source>Carries cause=69.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=69.</translation>
    </message>
    <message>
        <source>Cause 29 rejects the facility without saying it is unimplemented.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>Cause 29 lehnt das Dienstmerkmal ab, ohne anzugeben, dass es nicht implementiert ist.</translation>
    </message>
    <message>
        <source>Cause 50 is a facility that exists but is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>Cause 50 ist ein Dienstmerkmal, das existiert, aber nicht abonniert ist.</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 69.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Eine wahrscheinliche SIP-Abbildung; RFC 3398 enthält keine Zeile für Cause 69.</translation>
    </message>
</context>
<context>
    <name>q850:7</name>
    <message>
        <source>Call awarded and being delivered in an established channel</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ruf zugeteilt und Zustellung über einen bestehenden Kanal</translation>
    </message>
    <message>
        <source>The incoming call is being connected over a channel already established to the user.</source>
        <comment>summary</comment>
        <translation>Der ankommende Ruf wird über einen bereits zum Teilnehmer aufgebauten Kanal durchgestellt.</translation>
    </message>
    <message>
        <source>The user has been given the call, and it is being delivered on a channel already set up for similar calls, a mechanism used for packet mode services such as X.25. It is not a failure and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Dem Teilnehmer wurde der Ruf zugeteilt, und er wird über einen Kanal zugestellt, der bereits für ähnliche Rufe aufgebaut ist – ein Mechanismus für Paketdienste wie X.25. Es handelt sich nicht um einen Fehler, und RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; if it appears in a Reason header it usually means a gateway passed through an ISDN data-service cause it could not map.</source>
        <comment>seenWhen</comment>
        <translation>Selten auf SIP-Trunks; erscheint sie in einem Reason-Header, hat meist ein Gateway eine Cause eines ISDN-Datendienstes durchgereicht, die es nicht abbilden konnte.</translation>
    </message>
    <message>
        <source>ISDN equipment handling packet mode calls.</source>
        <comment>sentBy</comment>
        <translation>ISDN-Einrichtungen, die Paketrufe abwickeln.</translation>
    </message>
    <message>
        <source>There is nothing to retry; the cause describes delivery, not a failure.</source>
        <comment>retryNote</comment>
        <translation>Es gibt nichts zu wiederholen; die Cause beschreibt die Zustellung, keinen Fehler.</translation>
    </message>
    <message>
        <source>Check whether the call is a data or packet mode call that the SIP side should not carry.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob es sich um einen Daten- oder Paketruf handelt, den die SIP-Seite nicht übertragen sollte.</translation>
    </message>
    <message>
        <source>Review the gateway cause mapping table for unmapped ISDN causes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Überprüfen Sie die Cause-Abbildungstabelle des Gateways auf nicht abgebildete ISDN-Causes.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to confirm where the cause originated.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Zeichnen Sie den Q.931-Trace auf, um zu bestätigen, wo die Cause entstanden ist.</translation>
    </message>
    <message>
        <source>Carries cause=7; treat it as informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=7; behandeln Sie sie als rein informativ.</translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary normal clearing cause.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>Cause 16 ist die gewöhnliche Cause für normales Auslösen.</translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>Cause 31 ist das unspezifizierte normale Ereignis.</translation>
    </message>
    <message>
        <source>A gateway with no mapping may fall back to a generic 5xx; RFC 3398 has no row for cause 7.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Ein Gateway ohne Abbildung kann auf eine allgemeine 5xx zurückfallen; RFC 3398 enthält keine Zeile für Cause 7.</translation>
    </message>
</context>
<context>
    <name>q850:70</name>
    <message>
        <source>Only restricted digital information bearer capability is available (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nur eingeschränkte digitale Übermittlungsfähigkeit verfügbar (nationale Nutzung)</translation>
    </message>
    <message>
        <source>Only the restricted digital bearer is available, not the unrestricted one requested.</source>
        <comment>summary</comment>
        <translation>Nur die eingeschränkte digitale Übermittlungsfähigkeit ist verfügbar, nicht die angeforderte uneingeschränkte.</translation>
    </message>
    <message>
        <source>The caller requested an unrestricted bearer service, but the equipment only supports the restricted version. RFC 3398 renders it as 488 Not Acceptable Here.</source>
        <comment>description</comment>
        <translation>Der Anrufer hat einen uneingeschränkten Übermittlungsdienst angefordert, die Einrichtung unterstützt aber nur die eingeschränkte Variante. RFC 3398 bildet sie auf 488 Not Acceptable Here ab.</translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=70 on routes in national networks that only offer restricted 56 kbit/s digital service, for clear-channel or data calls.</source>
        <comment>seenWhen</comment>
        <translation>Eine 488 mit Reason: Q.850;cause=70 auf Routen in nationalen Netzen, die für Clear-Channel- oder Datenrufe nur einen eingeschränkten digitalen 56-kbit/s-Dienst anbieten.</translation>
    </message>
    <message>
        <source>A national network exchange with only restricted digital service.</source>
        <comment>sentBy</comment>
        <translation>Eine Vermittlungsstelle eines nationalen Netzes, die nur eingeschränkte digitale Dienste bietet.</translation>
    </message>
    <message>
        <source>Retry with a restricted digital or speech bearer.</source>
        <comment>retryNote</comment>
        <translation>Mit eingeschränkter digitaler Übermittlungsfähigkeit oder mit „Sprache“ erneut versuchen.</translation>
    </message>
    <message>
        <source>Check whether the call was sent as an unrestricted digital (clear-channel) call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Ruf als uneingeschränkter digitaler Ruf (Clear Channel) gesendet wurde.</translation>
    </message>
    <message>
        <source>Retry as a restricted digital or speech call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Versuchen Sie es als eingeschränkten digitalen Ruf oder als Sprachruf erneut.</translation>
    </message>
    <message>
        <source>Choose a route that supports unrestricted digital service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wählen Sie eine Route, die uneingeschränkte digitale Dienste unterstützt.</translation>
    </message>
    <message>
        <source>Carries cause=70.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=70.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>Cause 65 bedeutet, dass die Übermittlungsfähigkeit überhaupt nicht implementiert ist.</translation>
    </message>
    <message>
        <source>Cause 57 means the bearer is not authorised.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation>Cause 57 bedeutet, dass die Übermittlungsfähigkeit nicht autorisiert ist.</translation>
    </message>
</context>
<context>
    <name>q850:79</name>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Dienst oder Option nicht implementiert, unspezifiziert</translation>
    </message>
    <message>
        <source>A requested service or option is not implemented and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation>Ein angeforderter Dienst bzw. eine Option ist nicht implementiert, und keine spezifischere Cause passt.</translation>
    </message>
    <message>
        <source>Reports a service or option not implemented event only when no other cause in that class applies. RFC 3398 renders it as 501 Not Implemented and maps 406, 415 and 501 to it in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>Meldet, dass ein Dienst oder eine Option nicht implementiert ist, nur dann, wenn keine andere Cause dieser Klasse zutrifft. RFC 3398 bildet sie auf 501 Not Implemented ab und ordnet ihr in Richtung SIP nach ISUP 406, 415 und 501 zu.</translation>
    </message>
    <message>
        <source>A 501 with Reason: Q.850;cause=79 when the far side lacks a feature the call needs, or a REL with cause 79 after the SIP side answered 415 or 501.</source>
        <comment>seenWhen</comment>
        <translation>Eine 501 mit Reason: Q.850;cause=79, wenn der Gegenseite ein vom Ruf benötigtes Leistungsmerkmal fehlt, oder eine REL mit Cause 79, nachdem die SIP-Seite mit 415 oder 501 geantwortet hat.</translation>
    </message>
    <message>
        <source>Gateways and exchanges lacking a requested service.</source>
        <comment>sentBy</comment>
        <translation>Gateways und Vermittlungsstellen, denen ein angeforderter Dienst fehlt.</translation>
    </message>
    <message>
        <source>Retry without the unimplemented service or option.</source>
        <comment>retryNote</comment>
        <translation>Ohne den nicht implementierten Dienst bzw. die Option erneut versuchen.</translation>
    </message>
    <message>
        <source>Identify the feature, media type or method the call relied on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie das Leistungsmerkmal, den Medientyp oder die Methode, auf die der Ruf angewiesen war.</translation>
    </message>
    <message>
        <source>Remove it or fall back to a basic call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entfernen Sie es bzw. sie oder fallen Sie auf einen einfachen Basisruf zurück.</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s capabilities list.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie die Liste der Fähigkeiten des Gateways.</translation>
    </message>
    <message>
        <source>Carries cause=79.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=79.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 63 means the service exists but is unavailable.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation>Cause 63 bedeutet, dass der Dienst existiert, aber nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Cause 69 is the specific case of a supplementary service.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>Cause 69 ist der spezifische Fall eines Dienstmerkmals.</translation>
    </message>
</context>
<context>
    <name>q850:8</name>
    <message>
        <source>Preemption</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Verdrängung (Preemption)</translation>
    </message>
    <message>
        <source>The call was preempted by a higher-precedence call.</source>
        <comment>summary</comment>
        <translation>Der Ruf wurde durch einen Ruf mit höherer Priorität verdrängt.</translation>
    </message>
    <message>
        <source>The call is being cleared because a call with higher precedence needed the resources, as in multi-level precedence and preemption (MLPP) networks. RFC 3398 has no row for it; RFC 4411 defines a separate Reason protocol value for preemption events.</source>
        <comment>description</comment>
        <translation>Der Ruf wird ausgelöst, weil ein Ruf mit höherer Priorität die Ressourcen benötigte, wie in Netzen mit Multi-Level Precedence and Preemption (MLPP). RFC 3398 enthält dafür keine Zeile; RFC 4411 definiert für Preemption-Ereignisse einen eigenen Protokollwert im Reason-Header.</translation>
    </message>
    <message>
        <source>Seen in a BYE or failure response from a gateway in government or defence networks that use MLPP, with Reason: Q.850;cause=8.</source>
        <comment>seenWhen</comment>
        <translation>Tritt in Behörden- oder Verteidigungsnetzen mit MLPP in einem BYE oder einer Fehlerantwort eines Gateways mit Reason: Q.850;cause=8 auf.</translation>
    </message>
    <message>
        <source>An MLPP-capable switch that needed the circuit for a higher-priority call.</source>
        <comment>sentBy</comment>
        <translation>Eine MLPP-fähige Vermittlung, die die Leitung für einen Ruf höherer Priorität benötigte.</translation>
    </message>
    <message>
        <source>The call may be placed again once resources free up, or with a higher precedence if authorised.</source>
        <comment>retryNote</comment>
        <translation>Der Ruf kann erneut aufgebaut werden, sobald Ressourcen frei werden, oder – falls berechtigt – mit höherer Priorität.</translation>
    </message>
    <message>
        <source>Check whether the network uses precedence levels and what level the call carried (Resource-Priority header).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob das Netz Prioritätsstufen verwendet und welche Stufe der Ruf hatte (Resource-Priority-Header).</translation>
    </message>
    <message>
        <source>Confirm with the network operator whether preemption was expected at that time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Klären Sie mit dem Netzbetreiber, ob zu diesem Zeitpunkt mit einer Verdrängung zu rechnen war.</translation>
    </message>
    <message>
        <source>Raise the precedence of the call only if policy allows it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Erhöhen Sie die Priorität des Rufs nur, wenn die Policy es erlaubt.</translation>
    </message>
    <message>
        <source>Carries cause=8; a Reason with the preemption protocol from RFC 4411 may appear as well.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=8; zusätzlich kann ein Reason mit dem Preemption-Protokoll aus RFC 4411 erscheinen.</translation>
    </message>
    <message>
        <source>Shows the precedence the call was placed with.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>Zeigt die Priorität, mit der der Ruf aufgebaut wurde.</translation>
    </message>
    <message>
        <source>Cause 9 also reserves the circuit for the preempting exchange.</source>
        <comment>related q850:9</comment>
        <extracomment>How q850:9 differs</extracomment>
        <translation>Cause 9 reserviert die Leitung ebenfalls für die verdrängende Vermittlungsstelle.</translation>
    </message>
    <message>
        <source>Cause 46 blocks a new precedence call instead of clearing an existing one.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation>Cause 46 blockiert einen neuen Vorrangruf, statt einen bestehenden auszulösen.</translation>
    </message>
    <message>
        <source>A possible SIP rendering when a call set-up is preempted; RFC 3398 has no row for cause 8.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Eine mögliche SIP-Abbildung, wenn ein Verbindungsaufbau verdrängt wird; RFC 3398 enthält keine Zeile für Cause 8.</translation>
    </message>
</context>
<context>
    <name>q850:81</name>
    <message>
        <source>Invalid call reference value</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Rufreferenz (Call Reference)</translation>
    </message>
    <message>
        <source>A message referred to a call reference that is not in use on the interface.</source>
        <comment>summary</comment>
        <translation>Eine Nachricht bezog sich auf eine Call Reference, die auf der Schnittstelle nicht verwendet wird.</translation>
    </message>
    <message>
        <source>The equipment received a message whose call reference is not currently assigned on the user-network interface. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung hat eine Nachricht empfangen, deren Call Reference auf der Teilnehmer-Netz-Schnittstelle derzeit nicht vergeben ist. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in a Reason header from a PRI gateway when the gateway and the switch disagree about which calls exist, often after a D-channel restart.</source>
        <comment>seenWhen</comment>
        <translation>Tritt in einem Reason-Header von einem PRI-Gateway auf, wenn Gateway und Vermittlung uneins sind, welche Rufe existieren, oft nach einem Neustart des D-Kanals.</translation>
    </message>
    <message>
        <source>ISDN equipment on a PRI.</source>
        <comment>sentBy</comment>
        <translation>ISDN-Einrichtungen an einem PRI.</translation>
    </message>
    <message>
        <source>A new call attempt uses a new call reference and may succeed once the interface state is consistent.</source>
        <comment>retryNote</comment>
        <translation>Ein neuer Rufversuch verwendet eine neue Call Reference und kann erfolgreich sein, sobald der Zustand der Schnittstelle konsistent ist.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which message carried the unknown call reference.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Zeichnen Sie den Q.931-Trace auf, um zu sehen, welche Nachricht die unbekannte Call Reference enthielt.</translation>
    </message>
    <message>
        <source>Check for recent D-channel or span restarts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie auf kürzliche Neustarts des D-Kanals oder des Spans.</translation>
    </message>
    <message>
        <source>Restart the span in a maintenance window if the state stays out of sync.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Starten Sie den Span in einem Wartungsfenster neu, wenn der Zustand weiterhin nicht synchron ist.</translation>
    </message>
    <message>
        <source>Carries cause=81; the problem is in the PRI signalling state.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=81; das Problem liegt im Signalisierungszustand des PRI.</translation>
    </message>
    <message>
        <source>Cause 101 is a message valid in general but not in this call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>Cause 101 ist eine grundsätzlich gültige Nachricht, die in diesem Rufzustand aber nicht zulässig ist.</translation>
    </message>
    <message>
        <source>Cause 82 concerns a channel rather than a call reference.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>Cause 82 betrifft einen Kanal und keine Call Reference.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>Cause 111 ist der allgemeine Protokollfehler.</translation>
    </message>
</context>
<context>
    <name>q850:82</name>
    <message>
        <source>Identified channel does not exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Gekennzeichneter Kanal existiert nicht</translation>
    </message>
    <message>
        <source>The call asked for a channel that is not configured on the interface.</source>
        <comment>summary</comment>
        <translation>Der Ruf hat einen Kanal angefordert, der auf der Schnittstelle nicht konfiguriert ist.</translation>
    </message>
    <message>
        <source>A request was received to use a channel that is not activated on the interface for a call, for example a timeslot beyond those the user subscribed to. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Es wurde eine Anforderung empfangen, einen Kanal zu nutzen, der auf der Schnittstelle nicht für einen Ruf aktiviert ist, etwa ein Zeitschlitz außerhalb der vom Teilnehmer gebuchten. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen on PRI gateways when the channel map differs between the two sides, such as a fractional PRI or a wrong E1 or T1 timeslot layout.</source>
        <comment>seenWhen</comment>
        <translation>Tritt bei PRI-Gateways auf, wenn sich die Kanalbelegung der beiden Seiten unterscheidet, etwa bei einem Teil-PRI (Fractional) oder einer falschen E1- oder T1-Zeitschlitzbelegung.</translation>
    </message>
    <message>
        <source>ISDN equipment that receives a request for an unknown channel.</source>
        <comment>sentBy</comment>
        <translation>ISDN-Einrichtungen, die eine Anforderung für einen unbekannten Kanal erhalten.</translation>
    </message>
    <message>
        <source>Retry on a valid channel or another span; the same channel will keep failing.</source>
        <comment>retryNote</comment>
        <translation>Auf einem gültigen Kanal oder einem anderen Span erneut versuchen; derselbe Kanal wird weiterhin scheitern.</translation>
    </message>
    <message>
        <source>Compare the provisioned channels on the carrier side with the gateway span configuration.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie die beim Carrier eingerichteten Kanäle mit der Span-Konfiguration des Gateways.</translation>
    </message>
    <message>
        <source>Check the framing and switch type, and the position of the D-channel.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie Framing und Switch Type sowie die Position des D-Kanals.</translation>
    </message>
    <message>
        <source>Restrict the gateway to the channels actually provisioned.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Beschränken Sie das Gateway auf die tatsächlich eingerichteten Kanäle.</translation>
    </message>
    <message>
        <source>Carries cause=82.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=82.</translation>
    </message>
    <message>
        <source>Cause 44 means the channel exists but is unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>Cause 44 bedeutet, dass der Kanal existiert, aber nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Cause 6 means the channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>Cause 6 bedeutet, dass der Kanal nicht akzeptabel ist.</translation>
    </message>
    <message>
        <source>Cause 66 means the channel type is unsupported.</source>
        <comment>related q850:66</comment>
        <extracomment>How q850:66 differs</extracomment>
        <translation>Cause 66 bedeutet, dass der Kanaltyp nicht unterstützt wird.</translation>
    </message>
</context>
<context>
    <name>q850:83</name>
    <message>
        <source>A suspended call exists, but this call identity does not</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ein geparkter Ruf existiert, aber nicht mit dieser Rufidentität</translation>
    </message>
    <message>
        <source>A resume request used a call identity that matches no suspended call.</source>
        <comment>summary</comment>
        <translation>Eine Resume-Anforderung verwendete eine Rufidentität, die zu keinem geparkten Ruf passt.</translation>
    </message>
    <message>
        <source>A call resume was attempted with a call identity that differs from those in use for any currently suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Es wurde versucht, einen Ruf mit einer Rufidentität fortzusetzen, die sich von allen für derzeit geparkte Rufe verwendeten unterscheidet. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Auf SIP-Trunks praktisch nie zu sehen; sie gehört zu den ISDN-Verfahren für Parken und Fortsetzen (Suspend/Resume).</translation>
    </message>
    <message>
        <source>An ISDN network handling suspend and resume.</source>
        <comment>sentBy</comment>
        <translation>Ein ISDN-Netz, das Parken und Fortsetzen abwickelt.</translation>
    </message>
    <message>
        <source>Retrying with the same identity will fail.</source>
        <comment>retryNote</comment>
        <translation>Ein erneuter Versuch mit derselben Identität wird scheitern.</translation>
    </message>
    <message>
        <source>Check the call identity used in the resume request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die in der Resume-Anforderung verwendete Rufidentität.</translation>
    </message>
    <message>
        <source>Review the ISDN terminal&apos;s suspend and resume handling.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Überprüfen Sie die Behandlung von Parken und Fortsetzen im ISDN-Endgerät.</translation>
    </message>
    <message>
        <source>Carries cause=83.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=83.</translation>
    </message>
    <message>
        <source>Cause 84 is the clash when suspending.</source>
        <comment>related q850:84</comment>
        <extracomment>How q850:84 differs</extracomment>
        <translation>Cause 84 ist der Konflikt beim Parken.</translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended at all.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>Cause 85 bedeutet, dass überhaupt kein Ruf geparkt ist.</translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation>Cause 86 bedeutet, dass der geparkte Ruf ausgelöst wurde.</translation>
    </message>
</context>
<context>
    <name>q850:84</name>
    <message>
        <source>Call identity in use</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Rufidentität bereits belegt</translation>
    </message>
    <message>
        <source>A suspend request used a call identity already in use.</source>
        <comment>summary</comment>
        <translation>Eine Suspend-Anforderung verwendete eine bereits belegte Rufidentität.</translation>
    </message>
    <message>
        <source>The network received a call suspend request with a call identity already used for a suspended call within the domain of interfaces over which the call might be resumed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Das Netz hat eine Anforderung zum Parken eines Rufs mit einer Rufidentität empfangen, die bereits für einen geparkten Ruf in dem Bereich von Schnittstellen verwendet wird, über die der Ruf fortgesetzt werden könnte. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Auf SIP-Trunks praktisch nie zu sehen; sie gehört zu den ISDN-Verfahren für Parken und Fortsetzen (Suspend/Resume).</translation>
    </message>
    <message>
        <source>An ISDN network handling suspend requests.</source>
        <comment>sentBy</comment>
        <translation>Ein ISDN-Netz, das Suspend-Anforderungen abwickelt.</translation>
    </message>
    <message>
        <source>Retry the suspend with a different call identity.</source>
        <comment>retryNote</comment>
        <translation>Parken mit einer anderen Rufidentität erneut versuchen.</translation>
    </message>
    <message>
        <source>Use a different call identity when suspending.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Verwenden Sie beim Parken eine andere Rufidentität.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s suspend logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Suspend-Logik des Endgeräts.</translation>
    </message>
    <message>
        <source>Carries cause=84.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=84.</translation>
    </message>
    <message>
        <source>Cause 83 is the mismatch when resuming.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation>Cause 83 ist die fehlende Übereinstimmung beim Fortsetzen.</translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>Cause 85 bedeutet, dass kein Ruf geparkt ist.</translation>
    </message>
</context>
<context>
    <name>q850:85</name>
    <message>
        <source>No call suspended</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Kein Ruf geparkt</translation>
    </message>
    <message>
        <source>A resume request arrived but no call is suspended.</source>
        <comment>summary</comment>
        <translation>Eine Resume-Anforderung ist eingegangen, aber es ist kein Ruf geparkt.</translation>
    </message>
    <message>
        <source>The network received a call resume request, but the interface has no suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Das Netz hat eine Anforderung zum Fortsetzen eines Rufs empfangen, aber auf der Schnittstelle ist kein Ruf geparkt. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Auf SIP-Trunks praktisch nie zu sehen; sie gehört zu den ISDN-Verfahren für Parken und Fortsetzen (Suspend/Resume).</translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation>Ein ISDN-Netz, das Resume-Anforderungen abwickelt.</translation>
    </message>
    <message>
        <source>There is nothing to resume.</source>
        <comment>retryNote</comment>
        <translation>Es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Check whether the call was actually suspended.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Ruf tatsächlich geparkt wurde.</translation>
    </message>
    <message>
        <source>Review the terminal&apos;s resume logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Überprüfen Sie die Resume-Logik des Endgeräts.</translation>
    </message>
    <message>
        <source>Carries cause=85.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=85.</translation>
    </message>
    <message>
        <source>Cause 83 means suspended calls exist, but not with this identity.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation>Cause 83 bedeutet, dass geparkte Rufe existieren, aber nicht mit dieser Identität.</translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation>Cause 86 bedeutet, dass der geparkte Ruf ausgelöst wurde.</translation>
    </message>
</context>
<context>
    <name>q850:86</name>
    <message>
        <source>Call having the requested call identity has been cleared</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ruf mit der angeforderten Rufidentität wurde ausgelöst</translation>
    </message>
    <message>
        <source>The suspended call was cleared before it could be resumed.</source>
        <comment>summary</comment>
        <translation>Der geparkte Ruf wurde ausgelöst, bevor er fortgesetzt werden konnte.</translation>
    </message>
    <message>
        <source>The resume request cannot be honoured because the call with that identity was cleared while suspended, by network timeout or by the remote user. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Resume-Anforderung kann nicht erfüllt werden, weil der Ruf mit dieser Identität während des Parkens ausgelöst wurde, durch einen Timeout des Netzes oder durch den fernen Teilnehmer. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>Auf SIP-Trunks praktisch nie zu sehen; sie gehört zu den ISDN-Verfahren für Parken und Fortsetzen (Suspend/Resume).</translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation>Ein ISDN-Netz, das Resume-Anforderungen abwickelt.</translation>
    </message>
    <message>
        <source>The original call is gone; only a new call can reach the party.</source>
        <comment>retryNote</comment>
        <translation>Der ursprüngliche Ruf existiert nicht mehr; nur ein neuer Ruf kann den Teilnehmer erreichen.</translation>
    </message>
    <message>
        <source>Place a new call instead of resuming.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Bauen Sie einen neuen Ruf auf, statt fortzusetzen.</translation>
    </message>
    <message>
        <source>Check the suspend timer if calls are cleared too early.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie den Park-Timer, wenn Rufe zu früh ausgelöst werden.</translation>
    </message>
    <message>
        <source>Carries cause=86.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=86.</translation>
    </message>
    <message>
        <source>Cause 85 means no call was suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>Cause 85 bedeutet, dass kein Ruf geparkt war.</translation>
    </message>
    <message>
        <source>Cause 16 is ordinary call clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>Cause 16 ist das gewöhnliche Auslösen eines Rufs.</translation>
    </message>
</context>
<context>
    <name>q850:87</name>
    <message>
        <source>User not member of CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Teilnehmer nicht Mitglied der CUG</translation>
    </message>
    <message>
        <source>A closed user group check failed because a party is not a member.</source>
        <comment>summary</comment>
        <translation>Eine Prüfung der geschlossenen Benutzergruppe ist gescheitert, weil ein Teilnehmer kein Mitglied ist.</translation>
    </message>
    <message>
        <source>The called user for the incoming CUG call is not a member of the specified closed user group, or the caller is an ordinary subscriber calling a CUG subscriber. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>Der gerufene Teilnehmer des ankommenden CUG-Rufs ist kein Mitglied der angegebenen geschlossenen Benutzergruppe, oder der Anrufer ist ein gewöhnlicher Teilnehmer, der einen CUG-Teilnehmer anruft. RFC 3398 bildet sie auf 403 Forbidden ab.</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=87 on enterprise or VPN services built on closed user groups.</source>
        <comment>seenWhen</comment>
        <translation>Eine 403 mit Reason: Q.850;cause=87 bei Unternehmens- oder VPN-Diensten auf Basis geschlossener Benutzergruppen.</translation>
    </message>
    <message>
        <source>A network enforcing closed user group membership.</source>
        <comment>sentBy</comment>
        <translation>Ein Netz, das die Mitgliedschaft in geschlossenen Benutzergruppen durchsetzt.</translation>
    </message>
    <message>
        <source>Do not retry until membership is fixed.</source>
        <comment>retryNote</comment>
        <translation>Nicht erneut versuchen, bevor die Mitgliedschaft korrigiert ist.</translation>
    </message>
    <message>
        <source>Check the CUG membership of both parties with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die CUG-Mitgliedschaft beider Teilnehmer mit dem Betreiber.</translation>
    </message>
    <message>
        <source>Call without the CUG indication if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Rufen Sie ohne CUG-Kennzeichnung an, sofern die Policy es erlaubt.</translation>
    </message>
    <message>
        <source>Add the user to the CUG if the call should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Nehmen Sie den Teilnehmer in die CUG auf, wenn der Ruf zulässig sein soll.</translation>
    </message>
    <message>
        <source>Carries cause=87.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=87.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls for a member.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation>Cause 55 sperrt ankommende Rufe für ein Mitglied.</translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation>Cause 90 bedeutet, dass die CUG nicht existiert.</translation>
    </message>
</context>
<context>
    <name>q850:88</name>
    <message>
        <source>Incompatible destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Inkompatibles Ziel</translation>
    </message>
    <message>
        <source>The destination cannot handle the kind of call requested.</source>
        <comment>summary</comment>
        <translation>Das Ziel kann die angeforderte Art von Ruf nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The call requested compatibility attributes, such as low or high layer compatibility or a data rate, that the destination cannot accommodate. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>Der Ruf hat Kompatibilitätsmerkmale angefordert, etwa Low- oder High-Layer-Kompatibilität oder eine Datenrate, die das Ziel nicht erfüllen kann. RFC 3398 bildet sie auf 503 Service Unavailable ab.</translation>
    </message>
    <message>
        <source>Seen with a 503, or a 488 from some platforms, when a fax or data call reaches a voice-only destination, or an ISDN data call reaches an analogue line.</source>
        <comment>seenWhen</comment>
        <translation>Tritt mit einer 503 (bei manchen Plattformen mit einer 488) auf, wenn ein Fax- oder Datenruf ein reines Sprachziel erreicht oder ein ISDN-Datenruf einen analogen Anschluss.</translation>
    </message>
    <message>
        <source>The terminating network or device that checks compatibility.</source>
        <comment>sentBy</comment>
        <translation>Das Zielnetz bzw. das Endgerät, das die Kompatibilität prüft.</translation>
    </message>
    <message>
        <source>Retry with a call type and bearer the destination supports.</source>
        <comment>retryNote</comment>
        <translation>Mit einem Ruftyp und einer Übermittlungsfähigkeit erneut versuchen, die das Ziel unterstützt.</translation>
    </message>
    <message>
        <source>Check the bearer capability and compatibility information the gateway sends for this call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Übermittlungsfähigkeit und die Kompatibilitätsinformationen, die das Gateway für diesen Ruf sendet.</translation>
    </message>
    <message>
        <source>Use a speech or 3.1 kHz audio bearer for voice and fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verwenden Sie für Sprache und Fax die Übermittlungsfähigkeit Sprache oder 3,1 kHz Audio.</translation>
    </message>
    <message>
        <source>Confirm that the destination supports the call type (fax, data, video).</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass das Ziel den Ruftyp (Fax, Daten, Video) unterstützt.</translation>
    </message>
    <message>
        <source>Carries cause=88.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=88.</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Die SIP-Antwort, die RFC 3398 diesem Cause-Wert zuordnet.</translation>
    </message>
    <message>
        <source>FreeSWITCH sends 488 for this cause instead.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>FreeSWITCH sendet für diese Cause stattdessen 488.</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer itself is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>Cause 65 bedeutet, dass die Übermittlungsfähigkeit selbst nicht implementiert ist.</translation>
    </message>
</context>
<context>
    <name>q850:9</name>
    <message>
        <source>Preemption - circuit reserved for reuse</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Verdrängung – Leitung für Wiederverwendung reserviert</translation>
    </message>
    <message>
        <source>The call was preempted and the circuit is held for the preempting exchange.</source>
        <comment>summary</comment>
        <translation>Der Ruf wurde verdrängt, und die Leitung wird für die verdrängende Vermittlungsstelle vorgehalten.</translation>
    </message>
    <message>
        <source>The call is being cleared because of preemption, and the freed circuit is reserved for reuse by the exchange that preempted it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Der Ruf wird wegen Verdrängung ausgelöst, und die frei gewordene Leitung wird für die Wiederverwendung durch die verdrängende Vermittlungsstelle reserviert. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Appears in a BYE or failure response in MLPP networks, with Reason: Q.850;cause=9, when a higher-precedence call took the circuit.</source>
        <comment>seenWhen</comment>
        <translation>Erscheint in MLPP-Netzen in einem BYE oder einer Fehlerantwort mit Reason: Q.850;cause=9, wenn ein Ruf mit höherer Priorität die Leitung übernommen hat.</translation>
    </message>
    <message>
        <source>An MLPP-capable exchange that preempts a circuit for its own use.</source>
        <comment>sentBy</comment>
        <translation>Eine MLPP-fähige Vermittlungsstelle, die eine Leitung für die eigene Nutzung verdrängt.</translation>
    </message>
    <message>
        <source>Try again later or over another route; the circuit is reserved for the other call.</source>
        <comment>retryNote</comment>
        <translation>Später oder über eine andere Route erneut versuchen; die Leitung ist für den anderen Ruf reserviert.</translation>
    </message>
    <message>
        <source>Check the precedence level of the cleared call in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Prioritätsstufe des ausgelösten Rufs im Resource-Priority-Header.</translation>
    </message>
    <message>
        <source>Confirm with the network operator that preemption occurred on that route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lassen Sie sich vom Netzbetreiber bestätigen, dass auf dieser Route eine Verdrängung stattgefunden hat.</translation>
    </message>
    <message>
        <source>Reroute lower-priority traffic away from heavily used precedence routes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Leiten Sie Verkehr niedrigerer Priorität von stark genutzten Vorrangrouten weg.</translation>
    </message>
    <message>
        <source>Carries cause=9; the location shows which exchange preempted the circuit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=9; die Location zeigt, welche Vermittlungsstelle die Leitung verdrängt hat.</translation>
    </message>
    <message>
        <source>Cause 8 is plain preemption without reserving the circuit.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation>Cause 8 ist eine einfache Verdrängung ohne Reservierung der Leitung.</translation>
    </message>
    <message>
        <source>Cause 46 blocks a precedence call at set-up.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation>Cause 46 blockiert einen Vorrangruf beim Verbindungsaufbau.</translation>
    </message>
</context>
<context>
    <name>q850:90</name>
    <message>
        <source>Non-existent CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht existierende CUG</translation>
    </message>
    <message>
        <source>The specified closed user group does not exist.</source>
        <comment>summary</comment>
        <translation>Die angegebene geschlossene Benutzergruppe existiert nicht.</translation>
    </message>
    <message>
        <source>The closed user group identified in the call does not exist. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die im Ruf angegebene geschlossene Benutzergruppe existiert nicht. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen only on CUG-based services when the interlock code sent with the call is wrong.</source>
        <comment>seenWhen</comment>
        <translation>Tritt nur bei CUG-basierten Diensten auf, wenn der mit dem Ruf gesendete Interlock-Code falsch ist.</translation>
    </message>
    <message>
        <source>A network enforcing closed user groups.</source>
        <comment>sentBy</comment>
        <translation>Ein Netz, das geschlossene Benutzergruppen durchsetzt.</translation>
    </message>
    <message>
        <source>Retry only with a valid CUG.</source>
        <comment>retryNote</comment>
        <translation>Nur mit einer gültigen CUG erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the CUG interlock code configured for the caller.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den für den Anrufer konfigurierten CUG-Interlock-Code.</translation>
    </message>
    <message>
        <source>Ask the operator for the correct CUG identity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Fragen Sie den Betreiber nach der korrekten CUG-Kennung.</translation>
    </message>
    <message>
        <source>Carries cause=90.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=90.</translation>
    </message>
    <message>
        <source>Cause 87 means the CUG exists but the party is not in it.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>Cause 87 bedeutet, dass die CUG existiert, der Teilnehmer aber nicht darin ist.</translation>
    </message>
    <message>
        <source>Cause 62 is an inconsistency in CUG outgoing access.</source>
        <comment>related q850:62</comment>
        <extracomment>How q850:62 differs</extracomment>
        <translation>Cause 62 ist ein Widerspruch beim abgehenden CUG-Zugang.</translation>
    </message>
</context>
<context>
    <name>q850:91</name>
    <message>
        <source>Invalid transit network selection (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Transitnetzauswahl (nationale Nutzung)</translation>
    </message>
    <message>
        <source>The transit network identification in the call is badly formatted.</source>
        <comment>summary</comment>
        <translation>Die Transitnetzkennung im Ruf ist fehlerhaft formatiert.</translation>
    </message>
    <message>
        <source>A transit network identification was received in an incorrect format. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Eine Transitnetzkennung wurde in einem falschen Format empfangen. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen when a carrier selection code or transit network field added by the SBC or PBX does not match the national format.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn eine vom SBC oder von der TK-Anlage hinzugefügte Betreiberkennzahl bzw. ein Transitnetzfeld nicht dem nationalen Format entspricht.</translation>
    </message>
    <message>
        <source>A national exchange validating transit network selection.</source>
        <comment>sentBy</comment>
        <translation>Eine nationale Vermittlungsstelle, die die Transitnetzauswahl prüft.</translation>
    </message>
    <message>
        <source>Retry with a correct or no transit network selection.</source>
        <comment>retryNote</comment>
        <translation>Mit korrekter oder ganz ohne Transitnetzauswahl erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the carrier selection code or transit network parameter added to the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Betreiberkennzahl bzw. den Transitnetzparameter, der dem Ruf hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Remove it or correct its format.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entfernen Sie sie bzw. ihn oder korrigieren Sie das Format.</translation>
    </message>
    <message>
        <source>Retry the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wiederholen Sie den Ruf.</translation>
    </message>
    <message>
        <source>Carries cause=91.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=91.</translation>
    </message>
    <message>
        <source>Cause 2 means the selected network is valid but unreachable.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation>Cause 2 bedeutet, dass das gewählte Netz gültig, aber nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Cause 28 concerns the called number format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>Cause 28 betrifft das Format der gerufenen Rufnummer.</translation>
    </message>
    <message>
        <source>A possible SIP rendering; RFC 3398 has no row for cause 91.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Eine mögliche SIP-Abbildung; RFC 3398 enthält keine Zeile für Cause 91.</translation>
    </message>
</context>
<context>
    <name>q850:95</name>
    <message>
        <source>Invalid message, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Nachricht, unspezifiziert</translation>
    </message>
    <message>
        <source>A message was invalid and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>Eine Nachricht war ungültig, und keine spezifischere Cause trifft zu.</translation>
    </message>
    <message>
        <source>Reports an invalid message event only when no other cause in the invalid message class applies. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Meldet eine ungültige Nachricht nur dann, wenn keine andere Cause der Klasse „ungültige Nachricht“ zutrifft. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen in the Reason header when a gateway cannot build or accept a valid PSTN message from the SIP call, for example malformed SIP-I content.</source>
        <comment>seenWhen</comment>
        <translation>Tritt im Reason-Header auf, wenn ein Gateway aus dem SIP-Ruf keine gültige PSTN-Nachricht erzeugen oder annehmen kann, zum Beispiel bei fehlerhaftem SIP-I-Inhalt.</translation>
    </message>
    <message>
        <source>Gateways and exchanges rejecting a malformed message.</source>
        <comment>sentBy</comment>
        <translation>Gateways und Vermittlungsstellen, die eine fehlerhafte Nachricht ablehnen.</translation>
    </message>
    <message>
        <source>Retry only after correcting the malformed content.</source>
        <comment>retryNote</comment>
        <translation>Erst nach Korrektur des fehlerhaften Inhalts erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the INVITE for malformed numbers, headers or ISUP body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den INVITE auf fehlerhafte Rufnummern, Header oder ISUP-Body.</translation>
    </message>
    <message>
        <source>Compare with a call that works on the same trunk.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vergleichen Sie mit einem Ruf, der auf demselben Trunk funktioniert.</translation>
    </message>
    <message>
        <source>Ask the carrier which message they rejected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Fragen Sie den Carrier, welche Nachricht er abgelehnt hat.</translation>
    </message>
    <message>
        <source>Carries cause=95.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=95.</translation>
    </message>
    <message>
        <source>Cause 96 names a missing mandatory element.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation>Cause 96 benennt ein fehlendes verbindliches Element.</translation>
    </message>
    <message>
        <source>Cause 100 names bad element contents.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>Cause 100 benennt einen fehlerhaften Elementinhalt.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>Cause 111 ist der allgemeine Protokollfehler.</translation>
    </message>
</context>
<context>
    <name>q850:96</name>
    <message>
        <source>Mandatory information element is missing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Verbindliches Informationselement fehlt</translation>
    </message>
    <message>
        <source>A message lacked an information element that must be present.</source>
        <comment>summary</comment>
        <translation>Einer Nachricht fehlte ein Informationselement, das vorhanden sein muss.</translation>
    </message>
    <message>
        <source>The equipment received a message missing an information element that must be present before the message can be processed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung hat eine Nachricht empfangen, der ein Informationselement fehlt, das vorhanden sein muss, bevor die Nachricht verarbeitet werden kann. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen when the SIP call lacks data the gateway needs for the PSTN message, such as an empty called number or a missing calling number on a trunk that requires one.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn dem SIP-Ruf Daten fehlen, die das Gateway für die PSTN-Nachricht benötigt, etwa eine leere gerufene Rufnummer oder eine fehlende A-Rufnummer auf einem Trunk, der eine solche verlangt.</translation>
    </message>
    <message>
        <source>Gateways and exchanges that require certain elements.</source>
        <comment>sentBy</comment>
        <translation>Gateways und Vermittlungsstellen, die bestimmte Elemente voraussetzen.</translation>
    </message>
    <message>
        <source>Retry with the missing information supplied.</source>
        <comment>retryNote</comment>
        <translation>Mit den fehlenden Informationen erneut versuchen.</translation>
    </message>
    <message>
        <source>Check that the Request-URI user part and To carry the called number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob User-Teil der Request-URI und To die gerufene Rufnummer enthalten.</translation>
    </message>
    <message>
        <source>Check that From or P-Asserted-Identity provides a calling number if the carrier requires it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob From oder P-Asserted-Identity eine A-Rufnummer liefert, falls der Carrier sie verlangt.</translation>
    </message>
    <message>
        <source>Review gateway rules that strip headers or digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Überprüfen Sie Gateway-Regeln, die Header oder Ziffern entfernen.</translation>
    </message>
    <message>
        <source>Carries cause=96; the diagnostic may name the missing element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=96; die Diagnostik kann das fehlende Element benennen.</translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation>Cause 95 ist die allgemeine ungültige Nachricht.</translation>
    </message>
    <message>
        <source>Cause 100 means the element is present but invalid.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>Cause 100 bedeutet, dass das Element vorhanden, aber ungültig ist.</translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>Cause 99 betrifft unbekannte Elemente.</translation>
    </message>
</context>
<context>
    <name>q850:97</name>
    <message>
        <source>Message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nachrichtentyp nicht existent oder nicht implementiert</translation>
    </message>
    <message>
        <source>A message of an unknown or unsupported type was received.</source>
        <comment>summary</comment>
        <translation>Es wurde eine Nachricht eines unbekannten oder nicht unterstützten Typs empfangen.</translation>
    </message>
    <message>
        <source>The equipment received a message type it does not recognise, because it is not defined or is defined but not implemented. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Einrichtung hat einen Nachrichtentyp empfangen, den sie nicht erkennt, weil er nicht definiert oder zwar definiert, aber nicht implementiert ist. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen when the two sides of a PRI or ISUP link run different protocol variants, and a gateway relays the resulting cause in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation>Tritt auf, wenn die beiden Seiten eines PRI- oder ISUP-Links unterschiedliche Protokollvarianten verwenden und ein Gateway die daraus resultierende Cause in einem Reason-Header weitergibt.</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment receiving an unsupported message.</source>
        <comment>sentBy</comment>
        <translation>ISDN- oder ISUP-Einrichtungen, die eine nicht unterstützte Nachricht empfangen.</translation>
    </message>
    <message>
        <source>Retrying will not help until the protocol variants match.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen hilft nicht, solange die Protokollvarianten nicht übereinstimmen.</translation>
    </message>
    <message>
        <source>Check the ISDN switch type or ISUP variant on both sides.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie den ISDN-Switch-Type bzw. die ISUP-Variante auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Align protocol variants and versions.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Gleichen Sie Protokollvarianten und -versionen an.</translation>
    </message>
    <message>
        <source>Capture the trace to see which message was not understood.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Zeichnen Sie den Trace auf, um zu sehen, welche Nachricht nicht verstanden wurde.</translation>
    </message>
    <message>
        <source>Carries cause=97.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=97.</translation>
    </message>
    <message>
        <source>Cause 98 adds the case of a message wrong for the call state.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>Cause 98 ergänzt den Fall einer Nachricht, die nicht zum Rufzustand passt.</translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown information elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>Cause 99 betrifft unbekannte Informationselemente.</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>Cause 111 ist der allgemeine Protokollfehler.</translation>
    </message>
</context>
<context>
    <name>q850:98</name>
    <message>
        <source>Message not compatible with call state or message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nachricht nicht kompatibel mit Rufzustand oder Nachrichtentyp nicht existent bzw. nicht implementiert</translation>
    </message>
    <message>
        <source>A message was unexpected in the current call state or of an unknown type.</source>
        <comment>summary</comment>
        <translation>Eine Nachricht war im aktuellen Rufzustand unerwartet oder von unbekanntem Typ.</translation>
    </message>
    <message>
        <source>The received message is not permissible in the current call state, or a STATUS message indicated an incompatible call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die empfangene Nachricht ist im aktuellen Rufzustand nicht zulässig, oder eine STATUS-Nachricht hat einen inkompatiblen Rufzustand angezeigt. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Seen from PRI gateways when the two sides disagree on the call state, often during fast call tear-down or glare.</source>
        <comment>seenWhen</comment>
        <translation>Tritt bei PRI-Gateways auf, wenn die beiden Seiten den Rufzustand unterschiedlich sehen, oft bei schnellem Verbindungsabbau oder Glare.</translation>
    </message>
    <message>
        <source>ISDN equipment that receives an out-of-sequence message.</source>
        <comment>sentBy</comment>
        <translation>ISDN-Einrichtungen, die eine Nachricht außerhalb der erwarteten Reihenfolge empfangen.</translation>
    </message>
    <message>
        <source>A fresh call attempt may succeed; a persistent pattern needs protocol investigation.</source>
        <comment>retryNote</comment>
        <translation>Ein neuer Rufversuch kann erfolgreich sein; ein dauerhaftes Muster erfordert eine Protokolluntersuchung.</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Zeichnen Sie den Q.931-Trace rund um den Fehler auf.</translation>
    </message>
    <message>
        <source>Look for messages crossing during set-up or release.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Suchen Sie nach Nachrichten, die sich während Aufbau oder Auslösung kreuzen.</translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie die Switch-Type-Einstellung des Spans.</translation>
    </message>
    <message>
        <source>Carries cause=98.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=98.</translation>
    </message>
    <message>
        <source>Cause 101 is the plain call-state mismatch.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>Cause 101 ist die reine Inkonsistenz im Rufzustand.</translation>
    </message>
    <message>
        <source>Cause 97 is the plain unknown message type.</source>
        <comment>related q850:97</comment>
        <extracomment>How q850:97 differs</extracomment>
        <translation>Cause 97 ist der reine unbekannte Nachrichtentyp.</translation>
    </message>
    <message>
        <source>Cause 30 marks the status exchange that often reveals the mismatch.</source>
        <comment>related q850:30</comment>
        <extracomment>How q850:30 differs</extracomment>
        <translation>Cause 30 kennzeichnet den Statusaustausch, der die Inkonsistenz oft erst sichtbar macht.</translation>
    </message>
</context>
<context>
    <name>q850:99</name>
    <message>
        <source>Information element/parameter non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Informationselement/Parameter nicht existent oder nicht implementiert</translation>
    </message>
    <message>
        <source>A message contained an element or parameter the receiver does not recognise.</source>
        <comment>summary</comment>
        <translation>Eine Nachricht enthielt ein Element oder einen Parameter, den der Empfänger nicht erkennt.</translation>
    </message>
    <message>
        <source>The message included information elements or parameters that are undefined or not implemented by the receiver; they were discarded. The element is not needed to process the message. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Die Nachricht enthielt Informationselemente oder Parameter, die beim Empfänger nicht definiert oder nicht implementiert sind; sie wurden verworfen. Das Element wird zur Verarbeitung der Nachricht nicht benötigt. RFC 3398 enthält dafür keine Zeile.</translation>
    </message>
    <message>
        <source>Usually reported in status messages; if a call fails with Reason: Q.850;cause=99, the far side is stricter than expected about an optional element the gateway sends.</source>
        <comment>seenWhen</comment>
        <translation>Wird meist in Statusnachrichten gemeldet; scheitert ein Ruf mit Reason: Q.850;cause=99, ist die Gegenseite bei einem optionalen Element, das das Gateway sendet, strenger als erwartet.</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment meeting an unknown element.</source>
        <comment>sentBy</comment>
        <translation>ISDN- oder ISUP-Einrichtungen, die auf ein unbekanntes Element treffen.</translation>
    </message>
    <message>
        <source>Retry without the unrecognised element.</source>
        <comment>retryNote</comment>
        <translation>Ohne das nicht erkannte Element erneut versuchen.</translation>
    </message>
    <message>
        <source>Identify the element named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie das in der Diagnostik genannte Element.</translation>
    </message>
    <message>
        <source>Stop sending that optional element or parameter on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Senden Sie dieses optionale Element bzw. diesen Parameter auf dieser Route nicht mehr.</translation>
    </message>
    <message>
        <source>Align protocol variants on both sides.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Gleichen Sie die Protokollvarianten auf beiden Seiten an.</translation>
    </message>
    <message>
        <source>Carries cause=99.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält cause=99.</translation>
    </message>
    <message>
        <source>Cause 103 is the ISUP case where the parameter is passed on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation>Cause 103 ist der ISUP-Fall, in dem der Parameter weitergegeben wird.</translation>
    </message>
    <message>
        <source>Cause 110 means the whole message was discarded.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation>Cause 110 bedeutet, dass die gesamte Nachricht verworfen wurde.</translation>
    </message>
    <message>
        <source>Cause 100 means the element is known but badly coded.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>Cause 100 bedeutet, dass das Element bekannt, aber fehlerhaft codiert ist.</translation>
    </message>
</context>
<context>
    <name>sip:100</name>
    <message>
        <source>Trying</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Wird versucht</translation>
    </message>
    <message>
        <source>Hop-by-hop acknowledgement that the next hop received the INVITE and is working on it.</source>
        <comment>summary</comment>
        <translation>Hop-by-Hop-Bestätigung, dass der nächste Hop das INVITE empfangen hat und es bearbeitet.</translation>
    </message>
    <message>
        <source>100 Trying tells the previous hop that the request arrived and is being processed, so it can stop retransmitting. It says nothing about the callee, because it comes from whichever element received the INVITE rather than from the far end. Unlike the other provisional responses it never creates an early dialog, and RFC 3261 discourages sending provisional responses to non-INVITE requests at all.</source>
        <comment>description</comment>
        <translation>100 Trying teilt dem vorherigen Hop mit, dass die Anfrage angekommen ist und bearbeitet wird, sodass er die Retransmissionen einstellen kann. Über den Angerufenen sagt sie nichts aus, denn sie stammt von dem Element, das das INVITE empfangen hat, und nicht von der Gegenstelle. Anders als die übrigen vorläufigen Antworten erzeugt sie nie einen Early Dialog, und RFC 3261 rät grundsätzlich davon ab, vorläufige Antworten auf Nicht-INVITE-Anfragen zu senden.</translation>
    </message>
    <message>
        <source>It normally arrives within milliseconds of sending an INVITE to a proxy, SBC or PBX, since the INVITE server transaction must send it when its TU will not answer within 200 ms. Over UDP, receiving it stops INVITE retransmissions (Timer A) and moves the client transaction out of the Calling state, so Timer B no longer applies. A trace with 100 Trying followed by a long silence means the problem lies beyond the element that sent it.</source>
        <comment>seenWhen</comment>
        <translation>Sie trifft normalerweise innerhalb von Millisekunden ein, nachdem ein INVITE an einen Proxy, ein SBC oder eine TK-Anlage gesendet wurde, da die INVITE-Server-Transaktion sie senden muss, wenn ihre TU nicht innerhalb von 200 ms antwortet. Über UDP beendet ihr Empfang die INVITE-Retransmissionen (Timer A) und bringt die Client-Transaktion aus dem Zustand Calling heraus, sodass Timer B nicht mehr greift. Zeigt ein Trace 100 Trying und danach lange Stille, liegt das Problem hinter dem Element, das die 100 gesendet hat.</translation>
    </message>
    <message>
        <source>Any element that accepts an INVITE can send it: stateful proxies, SBCs, PBXs and gateways answer with it at once, and user agents may too. Each hop generates its own 100 instead of relaying the one it received.</source>
        <comment>sentBy</comment>
        <translation>Jedes Element, das ein INVITE annimmt, kann sie senden: Stateful Proxys, SBCs, TK-Anlagen und Gateways antworten sofort damit, User Agents ebenfalls. Jeder Hop erzeugt seine eigene 100, statt die empfangene weiterzuleiten.</translation>
    </message>
    <message>
        <source>Nothing to retry; 100 is informational and only stops INVITE retransmissions on unreliable transports. Proxies absorb it and never forward it upstream, so a 100 in your trace always comes from the adjacent hop.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; 100 ist rein informativ und stoppt lediglich INVITE-Retransmissionen bei unzuverlässigen Transporten. Proxys verarbeiten sie selbst und leiten sie nie upstream weiter, daher stammt eine 100 in Ihrem Trace immer vom benachbarten Hop.</translation>
    </message>
    <message>
        <source>Treat the 100 as proof that the first hop is alive, and if the call stalls afterwards follow the INVITE to the next hop in the trace.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Werten Sie die 100 als Beleg dafür, dass der erste Hop erreichbar ist, und verfolgen Sie das INVITE im Trace zum nächsten Hop, wenn der Anruf danach hängen bleibt.</translation>
    </message>
    <message>
        <source>If no 100 arrives and the INVITE keeps being retransmitted, check reachability of the first hop first: IP address, port, transport, firewall rules and NAT pinholes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Kommt keine 100 an und wird das INVITE immer wieder gesendet, prüfen Sie zuerst die Erreichbarkeit des ersten Hops: IP-Adresse, Port, Transport, Firewall-Regeln und NAT-Pinholes.</translation>
    </message>
    <message>
        <source>If your own proxy or SBC is slow to send 100, look at CPU load and at DNS or database lookups done before it responds, because a UDP caller keeps retransmitting the INVITE at 0.5, 1, 2 and 4 second intervals until it sees one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Sendet Ihr eigener Proxy oder SBC die 100 nur verzögert, prüfen Sie die CPU-Last sowie DNS- oder Datenbankabfragen, die vor der Antwort ausgeführt werden, denn ein Anrufer über UDP wiederholt das INVITE im Abstand von 0,5, 1, 2 und 4 Sekunden, bis er eine 100 sieht.</translation>
    </message>
    <message>
        <source>The top Via branch in the 100 shows which hop produced it, which tells you how far the INVITE got.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Der oberste Via-Branch in der 100 zeigt, welcher Hop sie erzeugt hat, und damit, wie weit das INVITE gekommen ist.</translation>
    </message>
    <message>
        <source>If the INVITE carried Timestamp, the 100 echoes it so the client can estimate the round-trip time.</source>
        <comment>header Timestamp</comment>
        <extracomment>Why to inspect the Timestamp header</extracomment>
        <translation>Enthielt das INVITE einen Timestamp, gibt die 100 ihn zurück, damit der Client die Round-Trip-Zeit abschätzen kann.</translation>
    </message>
    <message>
        <source>First response that actually comes from the called side and creates an early dialog.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>Erste Antwort, die tatsächlich von der angerufenen Seite stammt und einen Early Dialog erzeugt.</translation>
    </message>
    <message>
        <source>Progress from the far side, usually with early media, rather than a hop-by-hop receipt.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Fortschrittsmeldung der Gegenseite, meist mit Early Media, statt einer Hop-by-Hop-Empfangsbestätigung.</translation>
    </message>
    <message>
        <source>What the caller reports locally when not even a 100 arrives before Timer B fires.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Das meldet der Anrufer lokal, wenn nicht einmal eine 100 eintrifft, bevor Timer B abläuft.</translation>
    </message>
</context>
<context>
    <name>sip:180</name>
    <message>
        <source>Ringing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>The called user agent received the INVITE and is alerting the user.</source>
        <comment>summary</comment>
        <translation>Der angerufene User Agent hat das INVITE empfangen und signalisiert den Anruf beim Teilnehmer.</translation>
    </message>
    <message>
        <source>180 Ringing means the destination user agent has the INVITE and is alerting, for example by ringing the handset. It carries a To tag and so creates an early dialog; when a proxy forks the call, several 180s with different To tags can arrive. It may carry SDP, in which case many callers play the received early media instead of generating local ringback.</source>
        <comment>description</comment>
        <translation>180 Ringing bedeutet, dass der Ziel-User-Agent das INVITE hat und den Anruf signalisiert, etwa durch Klingeln des Endgeräts. Sie enthält einen To-Tag und erzeugt damit einen Early Dialog; wenn ein Proxy den Anruf forkt, können mehrere 180 mit unterschiedlichen To-Tags eintreffen. Sie kann SDP enthalten; in diesem Fall spielen viele Anrufer die empfangene Early Media ab, statt einen lokalen Freiton zu erzeugen.</translation>
    </message>
    <message>
        <source>It arrives shortly after the INVITE reaches a registered phone, or when a PSTN gateway receives ISUP ACM or ISDN ALERTING. It is often sent reliably with Require: 100rel and an RSeq header, and must then be acknowledged with PRACK. A common complaint is silent ringing, where the callee sends 180 without SDP but the caller expects early media, or a B2BUA strips the SDP.</source>
        <comment>seenWhen</comment>
        <translation>Sie trifft kurz nachdem das INVITE ein registriertes Telefon erreicht hat ein, oder wenn ein PSTN-Gateway ein ISUP ACM oder ISDN ALERTING empfängt. Häufig wird sie zuverlässig mit Require: 100rel und einem RSeq-Header gesendet und muss dann mit PRACK bestätigt werden. Eine häufige Beschwerde ist stilles Klingeln: Der Angerufene sendet 180 ohne SDP, der Anrufer erwartet aber Early Media, oder ein B2BUA entfernt das SDP.</translation>
    </message>
    <message>
        <source>The called user agent (phone, softphone, PBX extension) sends it, or a gateway does so when the PSTN side reports alerting. Proxies forward it but do not create it.</source>
        <comment>sentBy</comment>
        <translation>Der angerufene User Agent (Telefon, Softphone, Nebenstelle einer TK-Anlage) sendet sie, oder ein Gateway, wenn die PSTN-Seite Alerting meldet. Proxys leiten sie weiter, erzeugen sie aber nicht.</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for a final response. A forking proxy keeps all branches alive, and how long ringing lasts is decided by the caller&apos;s no-answer timer, a CANCEL, or proxy timers such as Timer C.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; warten Sie auf eine finale Antwort. Ein forkender Proxy hält alle Branches aufrecht, und wie lange es klingelt, bestimmen der No-Answer-Timer des Anrufers, ein CANCEL oder Proxy-Timer wie Timer C.</translation>
    </message>
    <message>
        <source>If the caller hears nothing while the callee rings, check whether the 180 has SDP and whether the caller generates local ringback when it does not.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Hört der Anrufer nichts, während es beim Angerufenen klingelt, prüfen Sie, ob die 180 SDP enthält und ob der Anrufer einen lokalen Freiton erzeugt, wenn das nicht der Fall ist.</translation>
    </message>
    <message>
        <source>If the 180 carries SDP, confirm the c= address and m= port are reachable and that the SBC opens the media path before answer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Enthält die 180 SDP, prüfen Sie, ob die c=-Adresse und der m=-Port erreichbar sind und ob das SBC den Medienpfad schon vor der Annahme öffnet.</translation>
    </message>
    <message>
        <source>If the 180 uses Require: 100rel, verify the caller sends PRACK and gets a 200 for it; a missing PRACK makes the callee retransmit the 180 and can fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Verwendet die 180 Require: 100rel, prüfen Sie, ob der Anrufer PRACK sendet und darauf eine 200 erhält; ein fehlendes PRACK führt dazu, dass der Angerufene die 180 wiederholt sendet, und kann den Anruf scheitern lassen.</translation>
    </message>
    <message>
        <source>On forked calls, match each 180 to its To tag to know which device is ringing.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Ordnen Sie bei geforkten Anrufen jede 180 ihrem To-Tag zu, um zu erkennen, welches Gerät klingelt.</translation>
    </message>
    <message>
        <source>Remote target of the early dialog; PRACK and UPDATE are sent here.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Remote Target des Early Dialogs; PRACK und UPDATE werden hierhin gesendet.</translation>
    </message>
    <message>
        <source>Present when the 180 is sent reliably; the caller must answer it with PRACK.</source>
        <comment>header RSeq</comment>
        <extracomment>Why to inspect the RSeq header</extracomment>
        <translation>Vorhanden, wenn die 180 zuverlässig gesendet wird; der Anrufer muss sie mit PRACK beantworten.</translation>
    </message>
    <message>
        <source>A value of application/sdp means the 180 carries a session description for early media.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Der Wert application/sdp bedeutet, dass die 180 eine Sitzungsbeschreibung für Early Media enthält.</translation>
    </message>
    <message>
        <source>Progress with early media such as announcements or network ringback, rather than alerting.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Fortschrittsmeldung mit Early Media wie Ansagen oder Freiton aus dem Netz, statt einer Rufsignalisierung.</translation>
    </message>
    <message>
        <source>The callee answered; the early dialog becomes a confirmed dialog.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>Der Angerufene hat angenommen; der Early Dialog wird zu einem bestätigten Dialog.</translation>
    </message>
    <message>
        <source>Tells the caller that one of the early dialogs created by a 180 has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation>Teilt dem Anrufer mit, dass einer der durch eine 180 erzeugten Early Dialogs beendet wurde.</translation>
    </message>
</context>
<context>
    <name>sip:181</name>
    <message>
        <source>Call Is Being Forwarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Anruf wird weitergeleitet</translation>
    </message>
    <message>
        <source>A server tells the caller that the call is being diverted to another destination.</source>
        <comment>summary</comment>
        <translation>Ein Server teilt dem Anrufer mit, dass der Anruf zu einem anderen Ziel umgeleitet wird.</translation>
    </message>
    <message>
        <source>181 is optional feedback that the call is being forwarded, for example because of call forwarding on busy, on no answer or unconditional. It does not change call state and the caller does not need to act on it. Like other provisional responses above 100, it creates an early dialog when it carries a To tag.</source>
        <comment>description</comment>
        <translation>181 ist eine optionale Rückmeldung, dass der Anruf weitergeleitet wird, zum Beispiel aufgrund einer Rufumleitung bei Besetzt, bei Nichtmelden oder einer ständigen Rufumleitung. Sie ändert den Anrufzustand nicht, und der Anrufer muss nicht darauf reagieren. Wie andere vorläufige Antworten oberhalb von 100 erzeugt sie einen Early Dialog, wenn sie einen To-Tag enthält.</translation>
    </message>
    <message>
        <source>It shows up on calls to PBXs and hosted voice platforms where the called extension has forwarding enabled, often together with History-Info or Diversion headers naming the original target. PSTN gateways may generate it when the ISUP side reports that the call was diverted. Some phones display a forwarding notice, while most simply ignore it.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei Anrufen an TK-Anlagen und gehostete Telefonieplattformen auf, wenn für die angerufene Nebenstelle eine Rufumleitung aktiv ist, oft zusammen mit History-Info- oder Diversion-Headern, die das ursprüngliche Ziel nennen. PSTN-Gateways können sie erzeugen, wenn die ISUP-Seite meldet, dass der Anruf umgeleitet wurde. Manche Telefone zeigen einen Umleitungshinweis an, die meisten ignorieren sie jedoch einfach.</translation>
    </message>
    <message>
        <source>A proxy, PBX or application server that applies a forwarding rule sends it, or a gateway relaying a diversion indication from the PSTN.</source>
        <comment>sentBy</comment>
        <translation>Ein Proxy, eine TK-Anlage oder ein Application Server, der eine Umleitungsregel anwendet, sendet sie, oder ein Gateway, das eine Umleitungsanzeige aus dem PSTN weitergibt.</translation>
    </message>
    <message>
        <source>Nothing to retry; keep waiting for the final response from the forwarded target.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; warten Sie weiter auf die finale Antwort vom Umleitungsziel.</translation>
    </message>
    <message>
        <source>No fix is needed for the 181 itself; use it to confirm where forwarding took place.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Für die 181 selbst ist keine Korrektur nötig; nutzen Sie sie, um festzustellen, wo die Umleitung stattgefunden hat.</translation>
    </message>
    <message>
        <source>If the call ends up at an unexpected destination, read the History-Info or Diversion headers and check the forwarding rules of the subscriber they name.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Landet der Anruf bei einem unerwarteten Ziel, lesen Sie die History-Info- oder Diversion-Header und prüfen Sie die Umleitungsregeln des dort genannten Teilnehmers.</translation>
    </message>
    <message>
        <source>If forwarded calls are rejected by a carrier, check whether the carrier requires Diversion or History-Info to accept a caller ID that is not one of your numbers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Werden umgeleitete Anrufe von einem Carrier abgelehnt, prüfen Sie, ob der Carrier Diversion oder History-Info verlangt, um eine Rufnummer des Anrufers zu akzeptieren, die nicht zu Ihren Rufnummern gehört.</translation>
    </message>
    <message>
        <source>Records each retargeting step and its reason (RFC 7044), showing who forwarded the call.</source>
        <comment>header History-Info</comment>
        <extracomment>Why to inspect the History-Info header</extracomment>
        <translation>Protokolliert jeden Retargeting-Schritt und dessen Grund (RFC 7044) und zeigt so, wer den Anruf umgeleitet hat.</translation>
    </message>
    <message>
        <source>Older header from the historic RFC 5806, still common on SIP trunks, that names the forwarding party and reason.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation>Älterer Header aus dem historischen RFC 5806, auf SIP-Trunks noch weit verbreitet, der den umleitenden Teilnehmer und den Grund nennt.</translation>
    </message>
    <message>
        <source>Asks the caller to perform the forwarding itself instead of the server doing it.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Fordert den Anrufer auf, die Umleitung selbst durchzuführen, statt dass der Server dies übernimmt.</translation>
    </message>
    <message>
        <source>Alerting at the final destination, which often follows a 181.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>Rufsignalisierung am endgültigen Ziel, die häufig auf eine 181 folgt.</translation>
    </message>
    <message>
        <source>Another informational status, meaning the call is held in a queue.</source>
        <comment>related 182</comment>
        <extracomment>How 182 differs</extracomment>
        <translation>Ein weiterer informativer Status; er bedeutet, dass der Anruf in einer Warteschlange gehalten wird.</translation>
    </message>
</context>
<context>
    <name>sip:182</name>
    <message>
        <source>Queued</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>The callee is temporarily unavailable and the server has placed the call in a queue.</source>
        <comment>summary</comment>
        <translation>Der Angerufene ist vorübergehend nicht verfügbar, und der Server hat den Anruf in eine Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>182 Queued says the called party cannot take the call right now, but the server has queued it instead of rejecting it. The reason phrase may carry details such as the queue position or the expected wait, and a server may send several 182s as the queue moves. It is provisional and does not end the transaction.</source>
        <comment>description</comment>
        <translation>182 Queued besagt, dass der Angerufene den Anruf gerade nicht annehmen kann, der Server ihn aber in eine Warteschlange gestellt hat, statt ihn abzulehnen. Die Reason-Phrase kann Details wie die Position in der Warteschlange oder die erwartete Wartezeit enthalten, und ein Server kann mehrere 182 senden, während die Warteschlange vorrückt. Die Antwort ist vorläufig und beendet die Transaktion nicht.</translation>
    </message>
    <message>
        <source>Contact centre platforms, ACD queues and PBXs with camp-on features can send it while the caller waits. In practice most queue systems answer with 200 and play music or announcements instead, so a genuine 182 is uncommon in traces.</source>
        <comment>seenWhen</comment>
        <translation>Contact-Center-Plattformen, ACD-Warteschlangen und TK-Anlagen mit Anklopf- bzw. Camp-on-Funktionen können sie senden, während der Anrufer wartet. In der Praxis antworten die meisten Warteschlangensysteme stattdessen mit 200 und spielen Wartemusik oder Ansagen ab, daher ist eine echte 182 in Traces selten.</translation>
    </message>
    <message>
        <source>A UAS or queueing application, such as an ACD or contact centre platform, sends it while it holds the call until an agent or the callee is free.</source>
        <comment>sentBy</comment>
        <translation>Ein UAS oder eine Warteschlangenanwendung wie eine ACD oder eine Contact-Center-Plattform sendet sie, während sie den Anruf hält, bis ein Agent oder der Angerufene frei ist.</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Proxies in the path should allow a long pre-answer phase (Timer C is longer than 3 minutes) so queued calls are not timed out.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; warten Sie auf die finale Antwort. Proxys im Pfad sollten eine lange Phase vor der Annahme zulassen (Timer C ist länger als 3 Minuten), damit Anrufe in der Warteschlange nicht per Timeout beendet werden.</translation>
    </message>
    <message>
        <source>Confirm the caller&apos;s device tolerates a long provisional phase, since an INVITE transaction may stay in the Proceeding state for minutes.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass das Endgerät des Anrufers eine lange vorläufige Phase toleriert, da eine INVITE-Transaktion minutenlang im Zustand Proceeding bleiben kann.</translation>
    </message>
    <message>
        <source>Check proxy Timer C and any no-answer timers on SBCs so queued calls are not cut off with 408 or CANCEL while they wait.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie Timer C des Proxys und etwaige No-Answer-Timer auf SBCs, damit Anrufe in der Warteschlange nicht mit 408 oder CANCEL abgebrochen werden, während sie warten.</translation>
    </message>
    <message>
        <source>If the caller should hear announcements before answer, send 183 with early media SDP, because a 182 without SDP gives the caller nothing to hear.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Soll der Anrufer vor der Annahme Ansagen hören, senden Sie eine 183 mit Early-Media-SDP, denn bei einer 182 ohne SDP hört der Anrufer nichts.</translation>
    </message>
    <message>
        <source>The callee is being alerted now rather than waiting in a queue.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>Der Angerufene wird jetzt gerufen, statt in einer Warteschlange zu warten.</translation>
    </message>
    <message>
        <source>Progress with early media, the usual way to play queue announcements before answer.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Fortschrittsmeldung mit Early Media, der übliche Weg, Warteschlangenansagen vor der Annahme abzuspielen.</translation>
    </message>
    <message>
        <source>The callee is busy and the server rejects the call instead of queuing it.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Der Angerufene ist besetzt, und der Server lehnt den Anruf ab, statt ihn in eine Warteschlange zu stellen.</translation>
    </message>
</context>
<context>
    <name>sip:183</name>
    <message>
        <source>Session Progress</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Sitzungsfortschritt</translation>
    </message>
    <message>
        <source>Call setup progress, usually carrying SDP so the caller can hear early media.</source>
        <comment>summary</comment>
        <translation>Fortschritt beim Verbindungsaufbau, meist mit SDP, damit der Anrufer Early Media hören kann.</translation>
    </message>
    <message>
        <source>183 Session Progress reports call setup progress that the other provisional codes do not cover. In practice it almost always carries SDP so that early media, such as network ringback, announcements or IVR prompts, can flow before the call is answered. Like 180 it carries a To tag and creates an early dialog.</source>
        <comment>description</comment>
        <translation>183 Session Progress meldet Fortschritt beim Verbindungsaufbau, den die anderen vorläufigen Codes nicht abdecken. In der Praxis enthält sie fast immer SDP, damit Early Media wie Freiton aus dem Netz, Ansagen oder IVR-Ansagen schon vor der Annahme des Anrufs fließen kann. Wie die 180 enthält sie einen To-Tag und erzeugt einen Early Dialog.</translation>
    </message>
    <message>
        <source>Calls towards the PSTN are the typical source: a gateway or carrier trunk sends 183 when ISUP ACM or CPG indicate in-band information. It is often sent reliably with Require: 100rel and RSeq, and in IMS networks P-Early-Media may accompany it to authorize the media. Missing or one-way early audio, unheard recorded announcements and &apos;no ringback&apos; complaints usually trace back to how the 183 SDP was handled.</source>
        <comment>seenWhen</comment>
        <translation>Typische Quelle sind Anrufe ins PSTN: Ein Gateway oder Carrier-Trunk sendet 183, wenn ISUP ACM oder CPG In-Band-Informationen anzeigen. Häufig wird sie zuverlässig mit Require: 100rel und RSeq gesendet, und in IMS-Netzen kann P-Early-Media sie begleiten, um die Medien zu autorisieren. Fehlendes oder einseitiges Early-Audio, nicht gehörte Bandansagen und Beschwerden über fehlenden Freiton lassen sich meist darauf zurückführen, wie das SDP der 183 behandelt wurde.</translation>
    </message>
    <message>
        <source>Mostly PSTN gateways, carrier SBCs, PBXs and media servers that want to play tones or announcements before answer. Desk phones rarely send it.</source>
        <comment>sentBy</comment>
        <translation>Vor allem PSTN-Gateways, Carrier-SBCs, TK-Anlagen und Medienserver, die vor der Annahme Töne oder Ansagen abspielen wollen. Tischtelefone senden sie selten.</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Announcements carried in a 183 often precede a failure such as 404 or 486, so read the final response to learn the outcome.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; warten Sie auf die finale Antwort. In einer 183 übertragene Ansagen gehen oft einem Fehler wie 404 oder 486 voraus; lesen Sie daher die finale Antwort, um das Ergebnis zu erfahren.</translation>
    </message>
    <message>
        <source>Check that the 183 contains SDP and that its c= address and m= port are reachable from the caller, especially through NAT and SBCs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob die 183 SDP enthält und ob deren c=-Adresse und m=-Port vom Anrufer aus erreichbar sind, insbesondere über NAT und SBCs hinweg.</translation>
    </message>
    <message>
        <source>Verify the caller, or its SBC, actually opens and plays early media; some devices ignore it unless configured to do so.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Anrufer bzw. sein SBC Early Media tatsächlich öffnet und abspielt; manche Geräte ignorieren sie, sofern sie nicht entsprechend konfiguriert sind.</translation>
    </message>
    <message>
        <source>If the 183 requires 100rel, confirm the caller supports it and sends PRACK, otherwise the UAS retransmits and may fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Verlangt die 183 100rel, stellen Sie sicher, dass der Anrufer dies unterstützt und PRACK sendet, andernfalls wiederholt der UAS die Antwort und lässt den Anruf unter Umständen scheitern.</translation>
    </message>
    <message>
        <source>Compare the SDP in the 183 with the SDP in the 200 OK; a gateway that changes codec or address between them often makes audio drop at answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Vergleichen Sie das SDP in der 183 mit dem SDP in der 200 OK; ein Gateway, das dazwischen Codec oder Adresse ändert, führt oft zu Audioabbrüchen bei der Annahme.</translation>
    </message>
    <message>
        <source>A value of application/sdp marks an early media description; without a body there is nothing to play.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Der Wert application/sdp kennzeichnet eine Early-Media-Beschreibung; ohne Body gibt es nichts abzuspielen.</translation>
    </message>
    <message>
        <source>Require: 100rel together with RSeq means the caller must send PRACK for this 183.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Require: 100rel zusammen mit RSeq bedeutet, dass der Anrufer für diese 183 ein PRACK senden muss.</translation>
    </message>
    <message>
        <source>Used in IMS and by some carriers (RFC 5009) to state whether early media is authorized and in which direction.</source>
        <comment>header P-Early-Media</comment>
        <extracomment>Why to inspect the P-Early-Media header</extracomment>
        <translation>Wird im IMS und von einigen Carriern (RFC 5009) verwendet, um anzugeben, ob Early Media autorisiert ist und in welche Richtung.</translation>
    </message>
    <message>
        <source>Alerting indication; it may also carry SDP but does not imply in-band progress information.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>Anzeige der Rufsignalisierung; sie kann ebenfalls SDP enthalten, impliziert aber keine In-Band-Fortschrittsinformationen.</translation>
    </message>
    <message>
        <source>Tells the caller that an early dialog, possibly one carrying early media, has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation>Teilt dem Anrufer mit, dass ein Early Dialog, möglicherweise einer mit Early Media, beendet wurde.</translation>
    </message>
    <message>
        <source>What the callee returns when it cannot accept the offered SDP at all.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Das gibt der Angerufene zurück, wenn er das angebotene SDP überhaupt nicht akzeptieren kann.</translation>
    </message>
</context>
<context>
    <name>sip:199</name>
    <message>
        <source>Early Dialog Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Early Dialog beendet</translation>
    </message>
    <message>
        <source>An early dialog created by an earlier provisional response ended before the final response.</source>
        <comment>summary</comment>
        <translation>Ein durch eine frühere vorläufige Antwort erzeugter Early Dialog wurde vor der finalen Antwort beendet.</translation>
    </message>
    <message>
        <source>199 lets a UAS or a forking proxy tell upstream elements that one early dialog is finished while the INVITE transaction is still open. Its To tag identifies which early dialog ended, so the caller can stop rendering media for it and release resources tied to it. It may only be sent when the caller announced support by listing the 199 option-tag in Supported.</source>
        <comment>description</comment>
        <translation>Mit 199 kann ein UAS oder ein forkender Proxy Elementen upstream mitteilen, dass ein Early Dialog beendet ist, während die INVITE-Transaktion noch offen ist. Ihr To-Tag gibt an, welcher Early Dialog beendet wurde, sodass der Anrufer die Medienwiedergabe dafür beenden und die zugehörigen Ressourcen freigeben kann. Sie darf nur gesendet werden, wenn der Anrufer die Unterstützung angekündigt hat, indem er das Option-Tag 199 in Supported aufgeführt hat.</translation>
    </message>
    <message>
        <source>It appears on forked calls, such as parallel ringing or several registered devices for one user, where branches answered with 180 or 183 and one branch then rejects with 486 or 603 while the others keep ringing. The forking proxy cannot forward that final response yet, so it sends 199 upstream instead. Gateways and SBCs use it to stop playing early media from the branch that died.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei geforkten Anrufen auf, etwa bei Parallelruf oder mehreren registrierten Geräten eines Teilnehmers, wenn Branches mit 180 oder 183 geantwortet haben und ein Branch dann mit 486 oder 603 ablehnt, während die anderen weiter klingeln. Der forkende Proxy kann diese finale Antwort noch nicht weiterleiten und sendet daher stattdessen eine 199 upstream. Gateways und SBCs nutzen sie, um die Wiedergabe von Early Media aus dem beendeten Branch zu stoppen.</translation>
    </message>
    <message>
        <source>A forking proxy sends it when a branch ends with a non-2xx final response that it is not forwarding yet; a UAS may send it when it ends one of its own early dialogs.</source>
        <comment>sentBy</comment>
        <translation>Ein forkender Proxy sendet sie, wenn ein Branch mit einer finalen Nicht-2xx-Antwort endet, die er noch nicht weiterleitet; ein UAS kann sie senden, wenn er einen seiner eigenen Early Dialogs beendet.</translation>
    </message>
    <message>
        <source>Nothing to retry; the INVITE transaction continues on the remaining branches. Wait for the final response that the proxy eventually forwards.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; die INVITE-Transaktion läuft auf den verbleibenden Branches weiter. Warten Sie auf die finale Antwort, die der Proxy schließlich weiterleitet.</translation>
    </message>
    <message>
        <source>Check that the INVITE lists 199 in Supported if you expect the network to send it; otherwise proxies and UAS must stay silent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob das INVITE 199 in Supported aufführt, wenn Sie erwarten, dass das Netz sie sendet; andernfalls müssen Proxys und UAS schweigen.</translation>
    </message>
    <message>
        <source>Match the To tag of the 199 with the earlier 180 or 183 to see which branch ended.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Gleichen Sie den To-Tag der 199 mit der vorherigen 180 oder 183 ab, um zu sehen, welcher Branch beendet wurde.</translation>
    </message>
    <message>
        <source>If early media from a rejected branch keeps playing, confirm that the caller or its SBC acts on 199 and stops that media stream.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Läuft Early Media aus einem abgelehnten Branch weiter, prüfen Sie, ob der Anrufer bzw. sein SBC auf die 199 reagiert und diesen Medienstrom beendet.</translation>
    </message>
    <message>
        <source>Do not expect an SDP answer in a 199; look at the Reason header, if present, for why the branch ended.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Erwarten Sie in einer 199 keine SDP-Antwort; sehen Sie im Reason-Header nach, sofern vorhanden, warum der Branch beendet wurde.</translation>
    </message>
    <message>
        <source>The caller&apos;s INVITE must carry the 199 option-tag before anyone may send a 199.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Das INVITE des Anrufers muss das Option-Tag 199 enthalten, bevor irgendein Element eine 199 senden darf.</translation>
    </message>
    <message>
        <source>The tag identifies the early dialog that was terminated.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation>Der Tag kennzeichnet den beendeten Early Dialog.</translation>
    </message>
    <message>
        <source>May carry the SIP response code that ended the branch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Kann den SIP-Antwortcode enthalten, mit dem der Branch beendet wurde.</translation>
    </message>
    <message>
        <source>Creates the kind of early dialog, with early media, that a 199 later closes.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>Erzeugt die Art von Early Dialog mit Early Media, die eine 199 später schließt.</translation>
    </message>
    <message>
        <source>A typical branch rejection that makes a forking proxy send 199 while other branches keep ringing.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Eine typische Ablehnung in einem Branch, die einen forkenden Proxy veranlasst, eine 199 zu senden, während andere Branches weiter klingeln.</translation>
    </message>
    <message>
        <source>Final response ending the whole INVITE transaction rather than one branch.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>Finale Antwort, die die gesamte INVITE-Transaktion beendet und nicht nur einen Branch.</translation>
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
        <translation>Die Anfrage war erfolgreich; bei INVITE ist der Anruf angenommen und muss mit ACK bestätigt werden.</translation>
    </message>
    <message>
        <source>200 OK is the generic success response, and what it means depends on the method. For INVITE the callee answered: the 200 normally carries the SDP answer, or an offer if the INVITE had none, and it establishes the dialog. For REGISTER it confirms the bindings and lists every current Contact with its expiry, while for BYE, CANCEL, OPTIONS and other methods it simply confirms the request.</source>
        <comment>description</comment>
        <translation>200 OK ist die generische Erfolgsantwort, deren Bedeutung von der Methode abhängt. Bei INVITE hat der Angerufene angenommen: Die 200 enthält normalerweise die SDP-Antwort oder ein Angebot, falls das INVITE keines enthielt, und sie etabliert den Dialog. Bei REGISTER bestätigt sie die Bindings und listet jeden aktuellen Contact mit seiner Gültigkeitsdauer auf, während sie bei BYE, CANCEL, OPTIONS und anderen Methoden einfach die Anfrage bestätigt.</translation>
    </message>
    <message>
        <source>You see it at call answer, in reply to REGISTER refreshes, to OPTIONS keepalives from SBCs and trunks, and when calls are closed with BYE. The classic 200-related failure is a call that drops after about 32 seconds: the UAS keeps retransmitting the 200 because the ACK never arrives, often due to a wrong Contact or Record-Route, NAT, or a private IP in the 200. Another is one-way audio after answer caused by an unreachable c= address in the SDP of the 200.</source>
        <comment>seenWhen</comment>
        <translation>Sie sehen sie bei der Rufannahme, als Antwort auf REGISTER-Auffrischungen, auf OPTIONS-Keepalives von SBCs und Trunks sowie beim Beenden von Anrufen mit BYE. Der klassische Fehler im Zusammenhang mit der 200 ist ein Anruf, der nach etwa 32 Sekunden abbricht: Der UAS wiederholt die 200 ständig, weil das ACK nie ankommt, oft aufgrund eines falschen Contact oder Record-Route, wegen NAT oder einer privaten IP-Adresse in der 200. Ein weiterer ist einseitiges Audio nach der Annahme, verursacht durch eine nicht erreichbare c=-Adresse im SDP der 200.</translation>
    </message>
    <message>
        <source>The UAS that handled the request sends it: the answering phone or gateway for INVITE, the registrar for REGISTER. Proxies forward the 200 to INVITE unchanged and answer CANCEL hop by hop with a 200 of their own.</source>
        <comment>sentBy</comment>
        <translation>Der UAS, der die Anfrage bearbeitet hat, sendet sie: bei INVITE das annehmende Telefon oder Gateway, bei REGISTER der Registrar. Proxys leiten die 200 auf ein INVITE unverändert weiter und beantworten CANCEL Hop-by-Hop mit einer eigenen 200.</translation>
    </message>
    <message>
        <source>Nothing to retry. A forking proxy forwards every 200 it receives for an INVITE, so a caller may get more than one and must ACK each of them, then usually sends BYE on the dialogs it does not want.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen. Ein forkender Proxy leitet jede 200, die er auf ein INVITE erhält, weiter, sodass ein Anrufer mehr als eine erhalten kann und jede davon mit ACK bestätigen muss; anschließend sendet er in der Regel BYE auf den Dialogen, die er nicht benötigt.</translation>
    </message>
    <message>
        <source>For INVITE, confirm an ACK follows every 200 and reaches the UAS; if the 200 is retransmitted, trace where the ACK goes using the Contact and Record-Route of the 200.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie bei INVITE sicher, dass auf jede 200 ein ACK folgt und den UAS erreicht; wird die 200 wiederholt gesendet, verfolgen Sie anhand von Contact und Record-Route der 200, wohin das ACK geht.</translation>
    </message>
    <message>
        <source>Check the Contact and SDP addresses in the 200 for private or wrong IPs, and fix NAT handling on the SBC, the router ALG or the phone&apos;s public address settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Contact- und SDP-Adressen in der 200 auf private oder falsche IP-Adressen und korrigieren Sie die NAT-Behandlung auf dem SBC, im ALG des Routers oder in den Einstellungen des Telefons zur öffentlichen Adresse.</translation>
    </message>
    <message>
        <source>For REGISTER, read the expires values returned for each Contact; the registrar may grant a shorter interval than requested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Lesen Sie bei REGISTER die für jeden Contact zurückgegebenen expires-Werte; der Registrar kann ein kürzeres Intervall gewähren als angefordert.</translation>
    </message>
    <message>
        <source>If calls drop at 32 seconds, treat it as a lost ACK problem rather than a media problem.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Brechen Anrufe nach 32 Sekunden ab, behandeln Sie dies als Problem mit verlorenem ACK und nicht als Medienproblem.</translation>
    </message>
    <message>
        <source>For INVITE this is the remote target for ACK and later requests; for REGISTER it lists the active bindings with their expiry.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Bei INVITE ist dies das Remote Target für ACK und spätere Anfragen; bei REGISTER listet er die aktiven Bindings mit ihrer Gültigkeitsdauer auf.</translation>
    </message>
    <message>
        <source>Defines the route set that ACK, re-INVITE and BYE must follow.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation>Legt das Route-Set fest, dem ACK, Re-INVITE und BYE folgen müssen.</translation>
    </message>
    <message>
        <source>A value of application/sdp in a 200 to INVITE carries the media answer, or the offer if the INVITE had no SDP.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Der Wert application/sdp in einer 200 auf ein INVITE enthält die Medienantwort bzw. das Angebot, falls das INVITE kein SDP enthielt.</translation>
    </message>
    <message>
        <source>Older stacks answer REFER and SUBSCRIBE with it where 200 is now expected.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation>Ältere Stacks beantworten REFER und SUBSCRIBE damit, wo heute 200 erwartet wird.</translation>
    </message>
    <message>
        <source>Also a success for SUBSCRIBE, but announces that no NOTIFY will follow.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>Ebenfalls ein Erfolg bei SUBSCRIBE, kündigt aber an, dass kein NOTIFY folgen wird.</translation>
    </message>
    <message>
        <source>Typical answer to BYE or re-INVITE when the dialog was never confirmed because the ACK for the 200 was lost.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Typische Antwort auf BYE oder Re-INVITE, wenn der Dialog nie bestätigt wurde, weil das ACK auf die 200 verloren ging.</translation>
    </message>
</context>
<context>
    <name>sip:202</name>
    <message>
        <source>Accepted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Request accepted but not yet acted upon; once used for SUBSCRIBE and REFER, now deprecated.</source>
        <comment>summary</comment>
        <translation>Anfrage angenommen, aber noch nicht ausgeführt; früher für SUBSCRIBE und REFER verwendet, inzwischen veraltet.</translation>
    </message>
    <message>
        <source>202 Accepted says the request was accepted for processing and that the outcome will be reported later. RFC 3265 used it for subscriptions that were accepted but not yet authorized, and RFC 3515 made it the normal answer to REFER, whose progress is then reported in NOTIFY requests with sipfrag bodies. RFC 6665 deprecated it because subscription state is reported in NOTIFY anyway, so current stacks send 200 and treat an incoming 202 the same way.</source>
        <comment>description</comment>
        <translation>202 Accepted besagt, dass die Anfrage zur Bearbeitung angenommen wurde und das Ergebnis später gemeldet wird. RFC 3265 verwendete sie für Subskriptionen, die angenommen, aber noch nicht autorisiert waren, und RFC 3515 machte sie zur normalen Antwort auf REFER, dessen Fortschritt dann in NOTIFY-Anfragen mit sipfrag-Bodys gemeldet wird. RFC 6665 erklärte sie für veraltet, weil der Subskriptionsstatus ohnehin per NOTIFY gemeldet wird; aktuelle Stacks senden daher 200 und behandeln eine eingehende 202 genauso.</translation>
    </message>
    <message>
        <source>Blind and attended transfers are the usual place: many phones and PBXs still answer REFER with 202, followed by NOTIFY requests whose message/sipfrag body reads &apos;SIP/2.0 100 Trying&apos; and later the final result. Older presence and BLF servers may also return 202 to SUBSCRIBE while authorization is pending. Seeing it in a trace is normal and not an error in itself.</source>
        <comment>seenWhen</comment>
        <translation>Typischer Einsatzort sind Blind- und Attended-Transfers: Viele Telefone und TK-Anlagen beantworten REFER noch mit 202, gefolgt von NOTIFY-Anfragen, deren message/sipfrag-Body „SIP/2.0 100 Trying“ und später das Endergebnis enthält. Ältere Presence- und BLF-Server geben 202 auf SUBSCRIBE ggf. auch zurück, solange die Autorisierung aussteht. Sie in einem Trace zu sehen ist normal und für sich genommen kein Fehler.</translation>
    </message>
    <message>
        <source>Phones, PBXs and presence servers that accept a REFER or SUBSCRIBE send it, mostly implementations written to RFC 3265 or RFC 3515 before RFC 6665 appeared.</source>
        <comment>sentBy</comment>
        <translation>Telefone, TK-Anlagen und Presence-Server, die ein REFER oder SUBSCRIBE annehmen, senden sie, meist Implementierungen, die nach RFC 3265 oder RFC 3515 vor Erscheinen von RFC 6665 entwickelt wurden.</translation>
    </message>
    <message>
        <source>Nothing to retry; the request succeeded. Wait for the NOTIFY the accepting side must send, and treat the subscription as failed if none arrives within Timer N (64*T1).</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; die Anfrage war erfolgreich. Warten Sie auf das NOTIFY, das die annehmende Seite senden muss, und betrachten Sie die Subskription als gescheitert, wenn innerhalb von Timer N (64*T1) keines eintrifft.</translation>
    </message>
    <message>
        <source>Introduced for SUBSCRIBE by RFC 3265 and used for REFER by RFC 3515, it was deprecated by RFC 6665, so compliant elements send 200 and treat a received 202 like 200.</source>
        <comment>statusNote</comment>
        <translation>Von RFC 3265 für SUBSCRIBE eingeführt und von RFC 3515 für REFER verwendet, wurde sie durch RFC 6665 für veraltet erklärt; konforme Elemente senden daher 200 und behandeln eine empfangene 202 wie eine 200.</translation>
    </message>
    <message>
        <source>Treat 202 exactly like 200, and do not fail a transfer or a subscription because the code is 202.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Behandeln Sie 202 genau wie 200 und lassen Sie einen Transfer oder eine Subskription nicht scheitern, nur weil der Code 202 lautet.</translation>
    </message>
    <message>
        <source>For REFER, follow the NOTIFY requests and their sipfrag bodies to learn whether the transferred call actually succeeded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verfolgen Sie bei REFER die NOTIFY-Anfragen und deren sipfrag-Bodys, um zu erfahren, ob der vermittelte Anruf tatsächlich erfolgreich war.</translation>
    </message>
    <message>
        <source>For SUBSCRIBE, read Subscription-State in the NOTIFY (pending, active or terminated) instead of inferring state from the 202.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Lesen Sie bei SUBSCRIBE den Subscription-State im NOTIFY (pending, active oder terminated), statt den Status aus der 202 abzuleiten.</translation>
    </message>
    <message>
        <source>In a response to SUBSCRIBE it gives the subscription duration the notifier granted.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>In einer Antwort auf SUBSCRIBE gibt er die vom Notifier gewährte Subskriptionsdauer an.</translation>
    </message>
    <message>
        <source>Remote target for the subscription dialog, where refreshes and later requests are sent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Remote Target des Subskriptionsdialogs, an das Auffrischungen und spätere Anfragen gesendet werden.</translation>
    </message>
    <message>
        <source>The response RFC 6665 requires in place of 202.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>Die Antwort, die RFC 6665 anstelle von 202 vorschreibt.</translation>
    </message>
    <message>
        <source>Success for a conditional SUBSCRIBE where no NOTIFY will be sent.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>Erfolg bei einem bedingten SUBSCRIBE, bei dem kein NOTIFY gesendet wird.</translation>
    </message>
    <message>
        <source>Rejects a SUBSCRIBE or REFER because the event package is not supported.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>Lehnt ein SUBSCRIBE oder REFER ab, weil das Event-Package nicht unterstützt wird.</translation>
    </message>
</context>
<context>
    <name>sip:204</name>
    <message>
        <source>No Notification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Keine Benachrichtigung</translation>
    </message>
    <message>
        <source>A conditional SUBSCRIBE succeeded and the state is unchanged, so no NOTIFY will follow.</source>
        <comment>summary</comment>
        <translation>Ein bedingtes SUBSCRIBE war erfolgreich und der Status ist unverändert, daher folgt kein NOTIFY.</translation>
    </message>
    <message>
        <source>204 belongs to the conditional event notification extension of RFC 5839. The subscriber refreshes a subscription with a Suppress-If-Match header holding the entity-tag of the state it already has, and if that state has not changed the notifier answers 204 and skips the NOTIFY. It is only valid in response to a SUBSCRIBE sent within an existing subscription dialog.</source>
        <comment>description</comment>
        <translation>204 gehört zur Erweiterung für bedingte Ereignisbenachrichtigungen aus RFC 5839. Der Subscriber frischt eine Subskription mit einem Suppress-If-Match-Header auf, der den Entity-Tag des ihm bereits bekannten Status enthält, und hat sich dieser Status nicht geändert, antwortet der Notifier mit 204 und lässt das NOTIFY weg. Sie ist nur als Antwort auf ein SUBSCRIBE gültig, das innerhalb eines bestehenden Subskriptionsdialogs gesendet wurde.</translation>
    </message>
    <message>
        <source>It appears with presence, dialog and registration event subscriptions from clients that support entity-tags, typically on refresh SUBSCRIBEs for presence lists or BLF. It saves traffic for mobile clients and busy presence servers because unchanged state is not sent again. Few desk phones use it.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei Subskriptionen für Presence-, Dialog- und Registrierungsereignisse von Clients auf, die Entity-Tags unterstützen, typischerweise bei auffrischenden SUBSCRIBEs für Presence-Listen oder BLF. Sie spart Datenverkehr für mobile Clients und stark ausgelastete Presence-Server, weil ein unveränderter Status nicht erneut gesendet wird. Nur wenige Tischtelefone nutzen sie.</translation>
    </message>
    <message>
        <source>A notifier that supports RFC 5839 entity-tags, such as a presence server or a PBX offering dialog-state subscriptions, sends it.</source>
        <comment>sentBy</comment>
        <translation>Ein Notifier, der Entity-Tags nach RFC 5839 unterstützt, etwa ein Presence-Server oder eine TK-Anlage, die Subskriptionen auf den Dialogstatus anbietet, sendet sie.</translation>
    </message>
    <message>
        <source>Nothing to retry; the subscription has been refreshed. Refresh it again before it expires, again using Suppress-If-Match if state is only wanted when it changes.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen; die Subskription wurde aufgefrischt. Frischen Sie sie vor Ablauf erneut auf, wiederum mit Suppress-If-Match, wenn der Status nur bei Änderungen benötigt wird.</translation>
    </message>
    <message>
        <source>Treat 204 as a successful refresh and keep the state from the last NOTIFY.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Behandeln Sie 204 als erfolgreiche Auffrischung und behalten Sie den Status aus dem letzten NOTIFY bei.</translation>
    </message>
    <message>
        <source>Read the Expires value of the 204 to schedule the next refresh.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lesen Sie den Expires-Wert der 204, um die nächste Auffrischung einzuplanen.</translation>
    </message>
    <message>
        <source>If the subscriber&apos;s view looks stale after a 204, check that the notifier creates a new entity-tag whenever the state changes; a notifier that reuses tags wrongly suppresses notifications.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wirkt die Sicht des Subscribers nach einer 204 veraltet, prüfen Sie, ob der Notifier bei jeder Statusänderung einen neuen Entity-Tag erzeugt; ein Notifier, der Tags wiederverwendet, unterdrückt Benachrichtigungen fälschlicherweise.</translation>
    </message>
    <message>
        <source>Sent in the SUBSCRIBE; holds the entity-tag of the state the subscriber already has.</source>
        <comment>header Suppress-If-Match</comment>
        <extracomment>Why to inspect the Suppress-If-Match header</extracomment>
        <translation>Wird im SUBSCRIBE gesendet; enthält den Entity-Tag des Status, den der Subscriber bereits kennt.</translation>
    </message>
    <message>
        <source>Carried in NOTIFY requests; the value the subscriber stores and sends back in Suppress-If-Match.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation>Wird in NOTIFY-Anfragen übertragen; der Wert, den der Subscriber speichert und in Suppress-If-Match zurücksendet.</translation>
    </message>
    <message>
        <source>Gives the duration of the refreshed subscription.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Gibt die Dauer der aufgefrischten Subskription an.</translation>
    </message>
    <message>
        <source>Plain success, after which a NOTIFY with the current state is expected.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>Einfacher Erfolg, nach dem ein NOTIFY mit dem aktuellen Status erwartet wird.</translation>
    </message>
    <message>
        <source>Deprecated success code for SUBSCRIBE, always followed by a NOTIFY.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation>Veralteter Erfolgscode für SUBSCRIBE, auf den stets ein NOTIFY folgt.</translation>
    </message>
    <message>
        <source>The entity-tag counterpart for PUBLISH, returned when a SIP-If-Match tag is unknown.</source>
        <comment>related 412</comment>
        <extracomment>How 412 differs</extracomment>
        <translation>Das Entity-Tag-Gegenstück für PUBLISH, das zurückgegeben wird, wenn ein SIP-If-Match-Tag unbekannt ist.</translation>
    </message>
</context>
<context>
    <name>sip:300</name>
    <message>
        <source>Multiple Choices</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mehrere Möglichkeiten</translation>
    </message>
    <message>
        <source>The address resolved to several possible targets, listed in Contact, and the caller may pick one.</source>
        <comment>summary</comment>
        <translation>Die Adresse wurde in mehrere mögliche Ziele aufgelöst, die in Contact aufgeführt sind, und der Anrufer kann eines auswählen.</translation>
    </message>
    <message>
        <source>300 says the Request-URI maps to more than one location and leaves the choice to the caller. The alternatives are listed in Contact, possibly ranked with q-values, and a body may describe them for a human user. Unlike 302, the server is offering a choice rather than a single forwarding target.</source>
        <comment>description</comment>
        <translation>300 besagt, dass die Request-URI auf mehr als einen Standort verweist, und überlässt die Wahl dem Anrufer. Die Alternativen sind in Contact aufgeführt, ggf. mit q-Werten gewichtet, und ein Body kann sie für einen menschlichen Benutzer beschreiben. Anders als bei 302 bietet der Server eine Auswahl an statt eines einzelnen Umleitungsziels.</translation>
    </message>
    <message>
        <source>It is rare in production. A redirect server or location service that holds several registrations or numbers for a user, such as an office phone, a mobile and voicemail, may return it to let the caller decide. Many UAs and SBCs simply treat it like 302 and try the Contacts in q-value order.</source>
        <comment>seenWhen</comment>
        <translation>Im Produktivbetrieb ist sie selten. Ein Redirect-Server oder Location Service, der mehrere Registrierungen oder Rufnummern für einen Teilnehmer kennt, etwa ein Bürotelefon, ein Mobiltelefon und die Voicemail, kann sie zurückgeben, um den Anrufer entscheiden zu lassen. Viele UAs und SBCs behandeln sie einfach wie 302 und probieren die Contacts in der Reihenfolge der q-Werte durch.</translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know several possible locations for the requested user send it.</source>
        <comment>sentBy</comment>
        <translation>Redirect-Server oder User Agents, die mehrere mögliche Standorte des angefragten Teilnehmers kennen, senden sie.</translation>
    </message>
    <message>
        <source>Retry at one or more of the Contact targets, highest q-value first. A proxy that receives it may recurse on the Contacts itself instead of passing the 300 upstream.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage an einem oder mehreren der Contact-Ziele, beginnend mit dem höchsten q-Wert. Ein Proxy, der sie empfängt, kann die Contacts selbst rekursiv abarbeiten, statt die 300 upstream weiterzugeben.</translation>
    </message>
    <message>
        <source>Check whether the UAC or SBC is configured to follow 3xx responses at all; if not, the call fails here.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der UAC oder das SBC überhaupt so konfiguriert ist, dass er 3xx-Antworten folgt; falls nicht, scheitert der Anruf hier.</translation>
    </message>
    <message>
        <source>Inspect the Contact values and q-values, and make sure each target uses a scheme and host the caller can route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Contact-Werte und q-Werte und stellen Sie sicher, dass jedes Ziel ein Schema und einen Host verwendet, die der Anrufer routen kann.</translation>
    </message>
    <message>
        <source>If the caller cannot choose interactively, configure the redirect server to send 302 with an ordered Contact list instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Kann der Anrufer nicht interaktiv wählen, konfigurieren Sie den Redirect-Server so, dass er stattdessen 302 mit einer geordneten Contact-Liste sendet.</translation>
    </message>
    <message>
        <source>Lists the alternative targets, each optionally with a q-value that expresses preference.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Listet die alternativen Ziele auf, jeweils optional mit einem q-Wert, der die Priorität ausdrückt.</translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the alternatives may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Gibt zusammen mit dem Contact-Parameter expires an, wie lange die Alternativen zwischengespeichert werden dürfen.</translation>
    </message>
    <message>
        <source>Redirect to one or more temporary targets without offering a choice.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Umleitung auf ein oder mehrere temporäre Ziele, ohne eine Auswahl anzubieten.</translation>
    </message>
    <message>
        <source>Points to an alternative service described in the body instead of alternative addresses.</source>
        <comment>related 380</comment>
        <extracomment>How 380 differs</extracomment>
        <translation>Verweist auf einen im Body beschriebenen alternativen Dienst statt auf alternative Adressen.</translation>
    </message>
    <message>
        <source>The address is ambiguous, reported as a failure with optional suggestions rather than as a redirect.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation>Die Adresse ist mehrdeutig; dies wird als Fehler mit optionalen Vorschlägen gemeldet, nicht als Umleitung.</translation>
    </message>
</context>
<context>
    <name>sip:301</name>
    <message>
        <source>Moved Permanently</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Dauerhaft verschoben</translation>
    </message>
    <message>
        <source>The user is no longer at the Request-URI; use the address in Contact from now on.</source>
        <comment>summary</comment>
        <translation>Der Teilnehmer ist nicht mehr unter der Request-URI erreichbar; verwenden Sie künftig die Adresse in Contact.</translation>
    </message>
    <message>
        <source>301 tells the caller that the requested address is permanently obsolete and gives the new one in Contact. The caller should retry there and may update its address book or cached routes so that future requests go straight to the new address. It differs from 302 only in that the move is not temporary.</source>
        <comment>description</comment>
        <translation>301 teilt dem Anrufer mit, dass die angefragte Adresse dauerhaft veraltet ist, und nennt die neue in Contact. Der Anrufer sollte die Anfrage dorthin wiederholen und kann sein Adressbuch oder zwischengespeicherte Routen aktualisieren, damit künftige Anfragen direkt an die neue Adresse gehen. Sie unterscheidet sich von 302 nur darin, dass der Umzug nicht vorübergehend ist.</translation>
    </message>
    <message>
        <source>It appears after a user or number has been migrated to another domain or platform and the old server redirects permanently. It also comes from misconfigured redirect servers that use 301 where 302 was meant. Most PBXs and SBCs handle 301 and 302 the same way.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, nachdem ein Teilnehmer oder eine Rufnummer in eine andere Domain oder auf eine andere Plattform migriert wurde und der alte Server dauerhaft umleitet. Sie stammt auch von falsch konfigurierten Redirect-Servern, die 301 verwenden, wo 302 gemeint war. Die meisten TK-Anlagen und SBCs behandeln 301 und 302 gleich.</translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know the user has permanently moved to a new address send it.</source>
        <comment>sentBy</comment>
        <translation>Redirect-Server oder User Agents, die wissen, dass der Teilnehmer dauerhaft unter eine neue Adresse umgezogen ist, senden sie.</translation>
    </message>
    <message>
        <source>Retry at the Contact address and use it for future requests as well. A proxy may recurse on it on the caller&apos;s behalf.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage an die Contact-Adresse und verwenden Sie diese auch für künftige Anfragen. Ein Proxy kann ihr im Auftrag des Anrufers rekursiv folgen.</translation>
    </message>
    <message>
        <source>Make sure the caller or SBC follows redirects and that the Contact target is routable in scheme, host, port and transport.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass der Anrufer oder das SBC Umleitungen folgt und dass das Contact-Ziel hinsichtlich Schema, Host, Port und Transport routbar ist.</translation>
    </message>
    <message>
        <source>Update stored contacts, speed dials or routing tables to the new address so the redirect is no longer needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktualisieren Sie gespeicherte Kontakte, Kurzwahlen oder Routing-Tabellen auf die neue Adresse, damit die Umleitung nicht mehr nötig ist.</translation>
    </message>
    <message>
        <source>If the redirect is not really permanent, change the redirect server to send 302.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ist die Umleitung nicht wirklich dauerhaft, stellen Sie den Redirect-Server so um, dass er 302 sendet.</translation>
    </message>
    <message>
        <source>Holds the new permanent address to retry at.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Enthält die neue dauerhafte Adresse, an die die Anfrage wiederholt werden soll.</translation>
    </message>
    <message>
        <source>May limit how long the new address should be treated as valid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Kann begrenzen, wie lange die neue Adresse als gültig betrachtet werden soll.</translation>
    </message>
    <message>
        <source>Same redirect mechanism, but the move is only temporary.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Gleicher Umleitungsmechanismus, aber der Umzug ist nur vorübergehend.</translation>
    </message>
    <message>
        <source>The user is gone and the server knows no new address.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>Der Teilnehmer existiert nicht mehr, und der Server kennt keine neue Adresse.</translation>
    </message>
</context>
<context>
    <name>sip:302</name>
    <message>
        <source>Moved Temporarily</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Vorübergehend verschoben</translation>
    </message>
    <message>
        <source>The user is temporarily reachable elsewhere; retry at the Contact address or addresses.</source>
        <comment>summary</comment>
        <translation>Der Teilnehmer ist vorübergehend anderweitig erreichbar; wiederholen Sie die Anfrage an die Contact-Adresse(n).</translation>
    </message>
    <message>
        <source>302 redirects the caller to one or more temporary targets listed in Contact. The caller, or a proxy acting for it, retries the request at those targets, while the original URI remains valid for future calls. The Expires header or the expires Contact parameter can say how long the redirect may be reused.</source>
        <comment>description</comment>
        <translation>302 leitet den Anrufer auf ein oder mehrere temporäre Ziele um, die in Contact aufgeführt sind. Der Anrufer oder ein in seinem Auftrag handelnder Proxy wiederholt die Anfrage an diese Ziele, während die ursprüngliche URI für künftige Anrufe gültig bleibt. Der Expires-Header oder der Contact-Parameter expires kann angeben, wie lange die Umleitung wiederverwendet werden darf.</translation>
    </message>
    <message>
        <source>It is common for call forwarding implemented by redirect, where the server returns the forward-to number in Contact, often with a Diversion header, and for least-cost routing and number portability engines that return a list of carrier gateways. Problems appear when the UAC or SBC does not follow redirects, drops the Diversion header on the new INVITE, or receives a Contact it cannot route.</source>
        <comment>seenWhen</comment>
        <translation>Sie ist üblich bei per Redirect umgesetzter Rufumleitung, bei der der Server die Zielrufnummer in Contact zurückgibt, oft mit einem Diversion-Header, sowie bei Least-Cost-Routing- und Rufnummernportierungs-Engines, die eine Liste von Carrier-Gateways zurückgeben. Probleme entstehen, wenn der UAC oder das SBC Umleitungen nicht folgt, den Diversion-Header im neuen INVITE verwirft oder einen Contact erhält, den er nicht routen kann.</translation>
    </message>
    <message>
        <source>Redirect servers, routing and number portability engines, and PBXs or phones that implement call forwarding by redirect send it.</source>
        <comment>sentBy</comment>
        <translation>Redirect-Server, Routing- und Rufnummernportierungs-Engines sowie TK-Anlagen oder Telefone, die Rufumleitung per Redirect umsetzen, senden sie.</translation>
    </message>
    <message>
        <source>Retry the same request at the Contact targets in q-value order, moving to the next Contact after a failure. A proxy may recurse on the Contacts itself; watch for loops when a target redirects back to the original address.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie dieselbe Anfrage an die Contact-Ziele in der Reihenfolge der q-Werte und gehen Sie nach einem Fehler zum nächsten Contact über. Ein Proxy kann die Contacts selbst rekursiv abarbeiten; achten Sie auf Schleifen, wenn ein Ziel zurück auf die ursprüngliche Adresse umleitet.</translation>
    </message>
    <message>
        <source>Confirm the UAC, PBX or SBC is configured to follow 3xx responses, because several platforms ignore them by default and fail the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass UAC, TK-Anlage oder SBC so konfiguriert sind, dass sie 3xx-Antworten folgen, denn mehrere Plattformen ignorieren diese standardmäßig und lassen den Anruf scheitern.</translation>
    </message>
    <message>
        <source>Check that every Contact is routable from the caller: scheme (sip or tel), host, port and transport parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob jeder Contact vom Anrufer aus routbar ist: Schema (sip oder tel), Host, Port und Transportparameter.</translation>
    </message>
    <message>
        <source>When a routing engine returns several Contacts, verify the caller tries them in q-value order and moves on after each failure.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Gibt eine Routing-Engine mehrere Contacts zurück, prüfen Sie, ob der Anrufer sie in der Reihenfolge der q-Werte durchprobiert und nach jedem Fehler zum nächsten übergeht.</translation>
    </message>
    <message>
        <source>Keep Diversion or History-Info on the retried INVITE if the far end needs them to accept a forwarded caller ID.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Behalten Sie Diversion oder History-Info im wiederholten INVITE bei, wenn die Gegenstelle sie benötigt, um eine umgeleitete Rufnummer des Anrufers zu akzeptieren.</translation>
    </message>
    <message>
        <source>One or more temporary targets, optionally ranked with q-values.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Ein oder mehrere temporäre Ziele, optional mit q-Werten gewichtet.</translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the redirect may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Gibt zusammen mit dem Contact-Parameter expires an, wie lange die Umleitung zwischengespeichert werden darf.</translation>
    </message>
    <message>
        <source>Often added by forwarding servers so the new target knows who forwarded the call.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation>Wird oft von umleitenden Servern hinzugefügt, damit das neue Ziel weiß, wer den Anruf umgeleitet hat.</translation>
    </message>
    <message>
        <source>Same mechanism, but the move is permanent.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>Gleicher Mechanismus, aber der Umzug ist dauerhaft.</translation>
    </message>
    <message>
        <source>Sent by a server that performs the forwarding itself instead of redirecting.</source>
        <comment>related 181</comment>
        <extracomment>How 181 differs</extracomment>
        <translation>Wird von einem Server gesendet, der die Umleitung selbst durchführt, statt per Redirect umzuleiten.</translation>
    </message>
    <message>
        <source>Offers several alternatives for the caller to choose from.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>Bietet dem Anrufer mehrere Alternativen zur Auswahl an.</translation>
    </message>
</context>
<context>
    <name>sip:305</name>
    <message>
        <source>Use Proxy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Proxy verwenden</translation>
    </message>
    <message>
        <source>The resource must be reached through the proxy given in the Contact header field.</source>
        <comment>summary</comment>
        <translation>Die Ressource muss über den im Header-Feld Contact angegebenen Proxy erreicht werden.</translation>
    </message>
    <message>
        <source>305 tells the caller that the requested resource can only be reached through the proxy named in Contact, and that the request should be resent through it. RFC 3261 allows only a UAS to send it, never a proxy. Because it asks the client to route through whatever server the response names, it can be abused to divert signaling, so many implementations ignore it or treat it as a failure.</source>
        <comment>description</comment>
        <translation>305 teilt dem Anrufer mit, dass die angefragte Ressource nur über den in Contact genannten Proxy erreichbar ist und die Anfrage über diesen erneut gesendet werden soll. RFC 3261 erlaubt nur einem UAS, sie zu senden, niemals einem Proxy. Da sie den Client auffordert, über einen beliebigen in der Antwort genannten Server zu routen, kann sie missbraucht werden, um Signalisierung umzulenken; viele Implementierungen ignorieren sie daher oder behandeln sie als Fehler.</translation>
    </message>
    <message>
        <source>It is rarely seen in live networks. It may come from a server that requires traffic to pass through a specific edge proxy or SBC, or from security tests trying to hijack call routing. Some phones and SBCs log it as an unsupported redirect.</source>
        <comment>seenWhen</comment>
        <translation>In Live-Netzen ist sie selten. Sie kann von einem Server kommen, der verlangt, dass der Verkehr über einen bestimmten Edge-Proxy oder ein bestimmtes SBC läuft, oder von Sicherheitstests, die versuchen, das Call-Routing zu kapern. Manche Telefone und SBCs protokollieren sie als nicht unterstützte Umleitung.</translation>
    </message>
    <message>
        <source>Only a UAS may generate it; a proxy that emits 305 is not following RFC 3261.</source>
        <comment>sentBy</comment>
        <translation>Nur ein UAS darf sie erzeugen; ein Proxy, der 305 sendet, hält sich nicht an RFC 3261.</translation>
    </message>
    <message>
        <source>Resend the request only through the proxy named in Contact, and only when the sender is trusted. Treat an unauthenticated 305 as a failure rather than following it blindly.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie die Anfrage nur über den in Contact genannten Proxy erneut, und nur dann, wenn der Absender vertrauenswürdig ist. Behandeln Sie eine nicht authentifizierte 305 als Fehler, statt ihr blind zu folgen.</translation>
    </message>
    <message>
        <source>Identify who sent the 305 and whether that UAS is trusted; act on it only over authenticated, integrity-protected signaling such as TLS to a known peer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie, wer die 305 gesendet hat und ob dieser UAS vertrauenswürdig ist; reagieren Sie nur bei authentifizierter, integritätsgeschützter Signalisierung darauf, etwa per TLS zu einer bekannten Gegenstelle.</translation>
    </message>
    <message>
        <source>If the instruction is legitimate, configure the required proxy as the outbound proxy instead of relying on 305 at run time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Ist die Anweisung legitim, konfigurieren Sie den geforderten Proxy als Outbound-Proxy, statt sich zur Laufzeit auf 305 zu verlassen.</translation>
    </message>
    <message>
        <source>If your UAC ignores 305 and the call fails, agree the required route with the far end.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ignoriert Ihr UAC die 305 und scheitert der Anruf, stimmen Sie die erforderliche Route mit der Gegenstelle ab.</translation>
    </message>
    <message>
        <source>Gives the URI of the proxy through which the request should be resent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Gibt die URI des Proxys an, über den die Anfrage erneut gesendet werden soll.</translation>
    </message>
    <message>
        <source>Redirects to a new target rather than to a proxy in front of the same target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Leitet auf ein neues Ziel um statt auf einen Proxy vor demselben Ziel.</translation>
    </message>
    <message>
        <source>Permanent move to a different address.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>Dauerhafter Umzug an eine andere Adresse.</translation>
    </message>
</context>
<context>
    <name>sip:380</name>
    <message>
        <source>Alternative Service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Alternativer Dienst</translation>
    </message>
    <message>
        <source>The call failed, but alternative services are possible and are described in the response body.</source>
        <comment>summary</comment>
        <translation>Der Anruf ist gescheitert, aber alternative Dienste sind möglich und werden im Body der Antwort beschrieben.</translation>
    </message>
    <message>
        <source>380 is a redirection class response saying the call could not be completed as requested but an alternative service might work. The alternatives are described in the message body rather than in Contact. RFC 3261 leaves the body format open, so the meaning depends on the deployment.</source>
        <comment>description</comment>
        <translation>380 ist eine Antwort der Umleitungsklasse, die besagt, dass der Anruf nicht wie angefordert zustande kommen konnte, ein alternativer Dienst aber funktionieren könnte. Die Alternativen werden im Message-Body beschrieben statt in Contact. RFC 3261 lässt das Body-Format offen, die Bedeutung hängt daher vom jeweiligen Einsatz ab.</translation>
    </message>
    <message>
        <source>In IMS networks the P-CSCF or another IMS element returns 380 with a 3GPP XML body of type emergency when a UE dials an emergency number as a normal call; the UE must then retry as an emergency call. Outside IMS it is rare.</source>
        <comment>seenWhen</comment>
        <translation>In IMS-Netzen gibt die P-CSCF oder ein anderes IMS-Element 380 mit einem 3GPP-XML-Body vom Typ emergency zurück, wenn ein UE eine Notrufnummer als normalen Anruf wählt; das UE muss den Anruf dann als Notruf wiederholen. Außerhalb des IMS ist sie selten.</translation>
    </message>
    <message>
        <source>IMS proxies such as the P-CSCF send it, as can any UAS or server that wants to steer the caller to a different service.</source>
        <comment>sentBy</comment>
        <translation>IMS-Proxys wie die P-CSCF senden sie, ebenso jeder UAS oder Server, der den Anrufer zu einem anderen Dienst lenken möchte.</translation>
    </message>
    <message>
        <source>Retry only as the alternative service described in the body, for example as an emergency call. Resending the same request will get the same answer.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie den Anruf nur als den im Body beschriebenen alternativen Dienst, zum Beispiel als Notruf. Wird dieselbe Anfrage erneut gesendet, erhalten Sie dieselbe Antwort.</translation>
    </message>
    <message>
        <source>Read the body, starting with its Content-Type, to learn which alternative service is offered.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Body, beginnend mit seinem Content-Type, um zu erfahren, welcher alternative Dienst angeboten wird.</translation>
    </message>
    <message>
        <source>For IMS emergency cases, make sure the UE recognizes local emergency numbers and retries with an emergency INVITE, including emergency registration if the body asks for it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Stellen Sie bei IMS-Notrufen sicher, dass das UE lokale Notrufnummern erkennt und mit einem Notruf-INVITE wiederholt, einschließlich Notrufregistrierung, falls der Body dies verlangt.</translation>
    </message>
    <message>
        <source>Outside IMS, confirm the UAC understands the body format; if it does not, treat the 380 as a failure and report it to the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie außerhalb des IMS sicher, dass der UAC das Body-Format versteht; ist das nicht der Fall, behandeln Sie die 380 als Fehler und melden Sie ihn dem Benutzer.</translation>
    </message>
    <message>
        <source>Identifies the format of the body that describes the alternative, such as the 3GPP IMS XML type.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Gibt das Format des Bodys an, der die Alternative beschreibt, etwa den 3GPP-IMS-XML-Typ.</translation>
    </message>
    <message>
        <source>Offers alternative addresses in Contact instead of an alternative service.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>Bietet alternative Adressen in Contact statt eines alternativen Dienstes an.</translation>
    </message>
    <message>
        <source>Redirects to another target for the same service.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>Leitet für denselben Dienst auf ein anderes Ziel um.</translation>
    </message>
</context>
<context>
    <name>sip:400</name>
    <message>
        <source>Bad Request</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>The request could not be parsed or is missing mandatory elements.</source>
        <comment>summary</comment>
        <translation>Die Anfrage konnte nicht geparst werden oder es fehlen Pflichtelemente.</translation>
    </message>
    <message>
        <source>400 means the receiver could not understand the request because its syntax is malformed. The reason phrase often names the exact problem, such as a missing header or invalid SDP, so read it before anything else. It is the catch-all for parsing errors in headers, URIs, Content-Length and bodies.</source>
        <comment>description</comment>
        <translation>400 bedeutet, dass der Empfänger die Anfrage nicht verstehen konnte, weil ihre Syntax fehlerhaft ist. Die Reason-Phrase nennt oft das genaue Problem, etwa einen fehlenden Header oder ungültiges SDP; lesen Sie sie daher zuerst. Sie ist die Sammelantwort für Parsing-Fehler in Headern, URIs, Content-Length und Bodys.</translation>
    </message>
    <message>
        <source>It typically appears after software upgrades or when a new PBX, SBC or trunk is connected and one side produces headers the other rejects. Common causes are a missing or duplicated mandatory header (To, From, Call-ID, CSeq, Via, Max-Forwards), a Content-Length that does not match the body, unescaped characters in URIs or display names, and malformed SDP. Truncated UDP packets after IP fragmentation can also look like a bad request.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt typischerweise nach Software-Updates auf oder wenn eine neue TK-Anlage, ein neues SBC oder ein neuer Trunk angeschlossen wird und eine Seite Header erzeugt, die die andere ablehnt. Häufige Ursachen sind ein fehlender oder doppelter Pflicht-Header (To, From, Call-ID, CSeq, Via, Max-Forwards), eine Content-Length, die nicht zum Body passt, nicht maskierte Zeichen in URIs oder Anzeigenamen sowie fehlerhaftes SDP. Auch abgeschnittene UDP-Pakete nach IP-Fragmentierung können wie eine ungültige Anfrage aussehen.</translation>
    </message>
    <message>
        <source>Any element that parses the request can send it: proxies and SBCs reject unparsable messages early, while user agents and gateways reject bodies they cannot parse.</source>
        <comment>sentBy</comment>
        <translation>Jedes Element, das die Anfrage parst, kann sie senden: Proxys und SBCs lehnen nicht parsbare Nachrichten frühzeitig ab, während User Agents und Gateways Bodys ablehnen, die sie nicht parsen können.</translation>
    </message>
    <message>
        <source>Do not resend the same message; fix the malformed element first. Advancing to another route rarely helps unless only that peer is strict about the construct.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie nicht dieselbe Nachricht erneut; beheben Sie zuerst das fehlerhafte Element. Der Wechsel auf eine andere Route hilft selten, es sei denn, nur diese Gegenstelle ist bei dem betreffenden Konstrukt streng.</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header, since many servers name the offending header there.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie die Reason-Phrase und einen etwaigen Warning-Header, da viele Server dort den fehlerhaften Header nennen.</translation>
    </message>
    <message>
        <source>Capture the request on the wire rather than in the application log, and check mandatory headers, Content-Length against the real body size, display name quoting and URI escaping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Zeichnen Sie die Anfrage auf der Leitung auf statt im Anwendungslog und prüfen Sie Pflicht-Header, Content-Length im Vergleich zur tatsächlichen Body-Größe, die Quotierung von Anzeigenamen und die Maskierung in URIs.</translation>
    </message>
    <message>
        <source>Check the SDP for syntax errors such as missing c= lines, bad rtpmap entries or wrong line endings.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie das SDP auf Syntaxfehler wie fehlende c=-Zeilen, fehlerhafte rtpmap-Einträge oder falsche Zeilenenden.</translation>
    </message>
    <message>
        <source>If large INVITEs fail only over UDP, switch to TCP or trim the message to avoid fragmentation.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Scheitern große INVITEs nur über UDP, wechseln Sie auf TCP oder kürzen Sie die Nachricht, um Fragmentierung zu vermeiden.</translation>
    </message>
    <message>
        <source>Some servers add a Warning header with a more specific error text.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Manche Server fügen einen Warning-Header mit einem spezifischeren Fehlertext hinzu.</translation>
    </message>
    <message>
        <source>A value that does not match the actual body size is a frequent cause.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>Ein Wert, der nicht zur tatsächlichen Body-Größe passt, ist eine häufige Ursache.</translation>
    </message>
    <message>
        <source>The request parsed correctly but requires an extension the server does not support.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Die Anfrage wurde korrekt geparst, erfordert aber eine Erweiterung, die der Server nicht unterstützt.</translation>
    </message>
    <message>
        <source>The body is well formed but of a type the server does not handle.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Der Body ist wohlgeformt, aber von einem Typ, den der Server nicht verarbeitet.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 400 to cause 41, Temporary failure, when interworking with ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 bildet 400 beim Interworking mit ISUP auf Cause 41, Temporary failure, ab.</translation>
    </message>
</context>
<context>
    <name>sip:401</name>
    <message>
        <source>Unauthorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>The UAS or registrar requires authentication; resend with credentials for the given challenge.</source>
        <comment>summary</comment>
        <translation>Der UAS oder Registrar verlangt eine Authentifizierung; senden Sie die Anfrage mit Zugangsdaten für die angegebene Challenge erneut.</translation>
    </message>
    <message>
        <source>401 is a challenge from a user agent server or registrar that wants the request authenticated before acting on it. It carries a WWW-Authenticate header with the realm, nonce and algorithm, and the client answers by resending the request with an Authorization header. Proxies never use 401; they challenge with 407.</source>
        <comment>description</comment>
        <translation>401 ist eine Challenge eines User Agent Servers oder Registrars, der die Anfrage authentifiziert haben möchte, bevor er sie ausführt. Sie enthält einen WWW-Authenticate-Header mit Realm, Nonce und Algorithmus, und der Client antwortet, indem er die Anfrage mit einem Authorization-Header erneut sendet. Proxys verwenden nie 401; sie fordern mit 407 zur Authentifizierung auf.</translation>
    </message>
    <message>
        <source>It is normal on the first REGISTER to a hosted PBX or carrier, and on INVITEs to servers that authenticate calls. It becomes a problem when the client resends with credentials and gets 401 again, which points to a wrong password, a wrong authentication username, an unexpected realm or a mishandled nonce. Streams of 401s to many different users are also the footprint of scanners probing a public registrar.</source>
        <comment>seenWhen</comment>
        <translation>Beim ersten REGISTER an eine gehostete TK-Anlage oder einen Carrier ist sie normal, ebenso bei INVITEs an Server, die Anrufe authentifizieren. Zum Problem wird sie, wenn der Client die Anfrage mit Zugangsdaten erneut sendet und wieder 401 erhält; das deutet auf ein falsches Passwort, einen falschen Authentifizierungs-Benutzernamen, einen unerwarteten Realm oder eine falsch behandelte Nonce hin. Serien von 401 an viele verschiedene Benutzer sind zudem die typische Spur von Scannern, die einen öffentlichen Registrar abtasten.</translation>
    </message>
    <message>
        <source>Registrars, PBXs and user agent servers that authenticate users with Digest send it. B2BUAs that authenticate calls themselves often use 401 rather than 407.</source>
        <comment>sentBy</comment>
        <translation>Registrare, TK-Anlagen und User Agent Server, die Benutzer per Digest authentifizieren, senden sie. B2BUAs, die Anrufe selbst authentifizieren, verwenden oft 401 statt 407.</translation>
    </message>
    <message>
        <source>Retry once with credentials computed from the challenge. If the retry is rejected again without stale=true, stop, since looping on bad credentials can lock the account or trigger fraud blocking.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage einmal mit Zugangsdaten, die aus der Challenge berechnet wurden. Wird die Wiederholung erneut ohne stale=true abgelehnt, hören Sie auf, denn endlose Versuche mit falschen Zugangsdaten können das Konto sperren oder eine Betrugssperre auslösen.</translation>
    </message>
    <message>
        <source>Check that the client resends the request with an Authorization header and an incremented CSeq after the first 401.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Client die Anfrage nach der ersten 401 mit einem Authorization-Header und einer erhöhten CSeq erneut sendet.</translation>
    </message>
    <message>
        <source>If a second 401 follows, verify the authentication username and password, and that the realm in the challenge matches the client&apos;s configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Folgt eine zweite 401, prüfen Sie den Authentifizierungs-Benutzernamen und das Passwort sowie, ob der Realm in der Challenge mit der Konfiguration des Clients übereinstimmt.</translation>
    </message>
    <message>
        <source>If the challenge has stale=true, the password was right but the nonce expired, so the client should retry with the new nonce without asking the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Enthält die Challenge stale=true, war das Passwort richtig, aber die Nonce abgelaufen; der Client sollte es dann mit der neuen Nonce erneut versuchen, ohne den Benutzer zu fragen.</translation>
    </message>
    <message>
        <source>Compare the algorithm requested (MD5, SHA-256) with what the client supports.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Vergleichen Sie den angeforderten Algorithmus (MD5, SHA-256) mit dem, was der Client unterstützt.</translation>
    </message>
    <message>
        <source>Carries the Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header WWW-Authenticate</comment>
        <extracomment>Why to inspect the WWW-Authenticate header</extracomment>
        <translation>Enthält die Digest-Challenge: Realm, Nonce, Algorithmus, qop und ggf. stale=true.</translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Authorization</comment>
        <extracomment>Why to inspect the Authorization header</extracomment>
        <translation>Der Header, den der Client der wiederholten Anfrage hinzufügen muss und der aus der Challenge berechnet wird.</translation>
    </message>
    <message>
        <source>The same challenge mechanism, but issued by a proxy with Proxy-Authenticate.</source>
        <comment>related 407</comment>
        <extracomment>How 407 differs</extracomment>
        <translation>Derselbe Challenge-Mechanismus, aber von einem Proxy mit Proxy-Authenticate ausgelöst.</translation>
    </message>
    <message>
        <source>Refusal that no credentials can fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Ablehnung, die sich mit keinen Zugangsdaten beheben lässt.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 401 to cause 21, Call rejected, when a gateway interworks with ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 bildet 401 auf Cause 21, Call rejected, ab, wenn ein Gateway mit ISUP interworkt.</translation>
    </message>
</context>
<context>
    <name>sip:402</name>
    <message>
        <source>Payment Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Zahlung erforderlich</translation>
    </message>
    <message>
        <source>Reserved for future use by RFC 3261; some providers use it to signal missing credit.</source>
        <comment>summary</comment>
        <translation>Von RFC 3261 für künftige Verwendung reserviert; manche Provider signalisieren damit fehlendes Guthaben.</translation>
    </message>
    <message>
        <source>RFC 3261 reserves 402 and gives it no defined behaviour. In practice a few providers and softswitches return it when a prepaid balance is exhausted or an account is suspended for billing reasons. Because its semantics are not standardized, clients should treat it as a generic 4xx failure.</source>
        <comment>description</comment>
        <translation>RFC 3261 reserviert 402 und legt kein Verhalten dafür fest. In der Praxis geben einige wenige Provider und Softswitches sie zurück, wenn ein Prepaid-Guthaben aufgebraucht oder ein Konto aus Abrechnungsgründen gesperrt ist. Da ihre Semantik nicht standardisiert ist, sollten Clients sie als generischen 4xx-Fehler behandeln.</translation>
    </message>
    <message>
        <source>It shows up on outbound calls over prepaid SIP trunks or retail VoIP accounts when the credit runs out, sometimes after a 183 announcement. Most carriers signal the same situation with 403 or 603 instead.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei abgehenden Anrufen über Prepaid-SIP-Trunks oder VoIP-Endkundenkonten auf, wenn das Guthaben aufgebraucht ist, manchmal nach einer Ansage per 183. Die meisten Carrier signalisieren dieselbe Situation stattdessen mit 403 oder 603.</translation>
    </message>
    <message>
        <source>Billing-aware softswitches, B2BUAs and provider edge proxies send it, where they choose to use it at all.</source>
        <comment>sentBy</comment>
        <translation>Softswitches mit Abrechnungsfunktion, B2BUAs und Edge-Proxys von Providern senden sie, sofern sie sie überhaupt verwenden.</translation>
    </message>
    <message>
        <source>Do not retry automatically through the same provider until the account is fixed. An LCR router may send the call over another carrier.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie den Anruf nicht automatisch über denselben Provider, bevor das Konto in Ordnung gebracht ist. Ein LCR-Router kann den Anruf über einen anderen Carrier führen.</translation>
    </message>
    <message>
        <source>Check the account balance, credit limit or billing status with the provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie Kontostand, Kreditlimit oder Abrechnungsstatus beim Provider.</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider&apos;s own explanation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lesen Sie die Reason-Phrase und einen etwaigen Warning-Header, um die Erklärung des Providers zu erfahren.</translation>
    </message>
    <message>
        <source>If you route over several carriers, decide whether another carrier should take the calls until the billing issue is resolved.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Routen Sie über mehrere Carrier, entscheiden Sie, ob ein anderer Carrier die Anrufe übernehmen soll, bis das Abrechnungsproblem gelöst ist.</translation>
    </message>
    <message>
        <source>Providers sometimes explain the billing problem here.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Provider erläutern hier manchmal das Abrechnungsproblem.</translation>
    </message>
    <message>
        <source>The more common way carriers refuse calls for account reasons.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Der bei Carriern üblichere Weg, Anrufe aus kontobezogenen Gründen abzulehnen.</translation>
    </message>
    <message>
        <source>Explicit decline, also used by some platforms for blocked accounts.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Ausdrückliche Ablehnung, die manche Plattformen auch für gesperrte Konten verwenden.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 402 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 bildet 402 in Richtung ISUP auf Cause 21, Call rejected, ab.</translation>
    </message>
</context>
<context>
    <name>sip:403</name>
    <message>
        <source>Forbidden</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>The server understood the request but refuses it; authenticating again will not help.</source>
        <comment>summary</comment>
        <translation>Der Server hat die Anfrage verstanden, lehnt sie aber ab; eine erneute Authentifizierung hilft nicht.</translation>
    </message>
    <message>
        <source>403 means the request was understood and well formed but policy forbids serving it. Unlike 401 or 407 there is no challenge to answer, so resending with credentials is pointless. The reason phrase or a Warning header often names the rule that fired.</source>
        <comment>description</comment>
        <translation>403 bedeutet, dass die Anfrage verstanden wurde und wohlgeformt ist, eine Richtlinie ihre Bearbeitung aber verbietet. Anders als bei 401 oder 407 gibt es keine Challenge, auf die geantwortet werden könnte; ein erneutes Senden mit Zugangsdaten ist daher sinnlos. Die Reason-Phrase oder ein Warning-Header nennt oft die Regel, die gegriffen hat.</translation>
    </message>
    <message>
        <source>On SIP trunks it appears when the source IP is not on the provider&apos;s allow list, when the From or P-Asserted-Identity number is not one of the customer&apos;s numbers, or when the destination (international, premium rate, a specific country) is barred. Registrars send it for disabled accounts, wrong domains or after too many failed authentication attempts, and fraud or scanner protection on SBCs answers 403 to suspicious traffic.</source>
        <comment>seenWhen</comment>
        <translation>Auf SIP-Trunks tritt sie auf, wenn die Quell-IP nicht auf der Allow-Liste des Providers steht, wenn die Rufnummer in From oder P-Asserted-Identity nicht zu den Rufnummern des Kunden gehört oder wenn das Ziel (international, Premium-Rate-Dienste, ein bestimmtes Land) gesperrt ist. Registrare senden sie bei deaktivierten Konten, falschen Domains oder nach zu vielen fehlgeschlagenen Authentifizierungsversuchen, und Betrugs- bzw. Scannerschutz auf SBCs beantwortet verdächtigen Verkehr mit 403.</translation>
    </message>
    <message>
        <source>Provider edge proxies and SBCs enforcing access and caller ID policy send it, as do registrars rejecting accounts and PBXs or gateways enforcing class-of-service rules.</source>
        <comment>sentBy</comment>
        <translation>Edge-Proxys und SBCs von Providern, die Zugangs- und Rufnummernrichtlinien durchsetzen, senden sie, ebenso Registrare, die Konten ablehnen, und TK-Anlagen oder Gateways, die Berechtigungsklassen durchsetzen.</translation>
    </message>
    <message>
        <source>Do not resend the same request and do not resend credentials. An LCR router may try another carrier when the refusal is carrier specific, but a refusal from your own provider needs a configuration change first.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie weder dieselbe Anfrage noch Zugangsdaten erneut. Ein LCR-Router kann einen anderen Carrier versuchen, wenn die Ablehnung carrierspezifisch ist; eine Ablehnung durch Ihren eigenen Provider erfordert jedoch zuerst eine Konfigurationsänderung.</translation>
    </message>
    <message>
        <source>Read the reason phrase and Warning header, since providers often state the rule, such as an invalid caller ID or a blocked destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie die Reason-Phrase und den Warning-Header, da Provider dort oft die Regel nennen, etwa eine ungültige Rufnummer des Anrufers oder ein gesperrtes Ziel.</translation>
    </message>
    <message>
        <source>Verify the trunk&apos;s source IP, the domain in the Request-URI, and that the caller ID in From or P-Asserted-Identity is allowed for the account.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Quell-IP des Trunks, die Domain in der Request-URI und ob die Rufnummer des Anrufers in From oder P-Asserted-Identity für das Konto zulässig ist.</translation>
    </message>
    <message>
        <source>Check destination barring, concurrent call limits and fraud rules on the provider and SBC side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie Zielsperren, Limits für gleichzeitige Anrufe und Betrugsregeln auf Provider- und SBC-Seite.</translation>
    </message>
    <message>
        <source>For REGISTER, confirm the account is enabled and the client is not locked out after repeated wrong passwords.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie bei REGISTER sicher, dass das Konto aktiviert ist und der Client nicht nach wiederholt falschen Passwörtern gesperrt wurde.</translation>
    </message>
    <message>
        <source>May carry the provider&apos;s explanation of which policy refused the request.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Kann die Erklärung des Providers enthalten, welche Richtlinie die Anfrage abgelehnt hat.</translation>
    </message>
    <message>
        <source>A challenge that valid credentials can satisfy.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>Eine Challenge, die mit gültigen Zugangsdaten erfüllt werden kann.</translation>
    </message>
    <message>
        <source>The callee, rather than the network, declined the call.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Der Angerufene und nicht das Netz hat den Anruf abgelehnt.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 403 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 bildet 403 in Richtung ISUP auf Cause 21, Call rejected, ab.</translation>
    </message>
</context>
<context>
    <name>sip:404</name>
    <message>
        <source>Not Found</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The user in the Request-URI does not exist in the domain the server is responsible for.</source>
        <comment>summary</comment>
        <translation>Der Teilnehmer in der Request-URI existiert in der Domain, für die der Server zuständig ist, nicht.</translation>
    </message>
    <message>
        <source>404 means the server is authoritative for the domain in the Request-URI but found no such user, or the domain itself is not one it serves. For telephone numbers it corresponds to an unallocated or unrouted number. It only speaks for this server&apos;s domain, so another domain or carrier may still know the user.</source>
        <comment>description</comment>
        <translation>404 bedeutet, dass der Server für die Domain in der Request-URI zuständig ist, aber keinen solchen Teilnehmer gefunden hat, oder dass er die Domain selbst gar nicht bedient. Bei Rufnummern entspricht sie einer nicht vergebenen oder nicht gerouteten Rufnummer. Sie gilt nur für die Domain dieses Servers; eine andere Domain oder ein anderer Carrier kennt den Teilnehmer möglicherweise trotzdem.</translation>
    </message>
    <message>
        <source>It is typical for calls to DIDs that are not provisioned on the trunk or not mapped to an extension, and for numbers sent in a format the receiver does not expect (E.164 with a plus sign, national format, or an unexpected prefix). It also follows server migrations that leave a wrong domain in the Request-URI. Some PBXs return 404 for known users that are merely unregistered, where 480 would be more accurate.</source>
        <comment>seenWhen</comment>
        <translation>Typisch ist sie bei Anrufen an Durchwahlnummern (DIDs), die auf dem Trunk nicht eingerichtet oder keiner Nebenstelle zugeordnet sind, sowie bei Rufnummern in einem Format, das der Empfänger nicht erwartet (E.164 mit Pluszeichen, nationales Format oder ein unerwartetes Präfix). Sie folgt auch auf Servermigrationen, nach denen eine falsche Domain in der Request-URI steht. Manche TK-Anlagen geben 404 für bekannte Teilnehmer zurück, die lediglich nicht registriert sind, wo 480 zutreffender wäre.</translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the domain sends it after a failed location lookup, as do PBXs, gateways and carrier switches that have no route for the number.</source>
        <comment>sentBy</comment>
        <translation>Der für die Domain zuständige Proxy oder Registrar sendet sie nach einer erfolglosen Location-Abfrage, ebenso TK-Anlagen, Gateways und Carrier-Vermittlungen, die keine Route für die Rufnummer haben.</translation>
    </message>
    <message>
        <source>Do not retry the same URI at the same server; fix the number or the mapping first. Some LCR setups treat a 404 from a carrier as a routing gap and try the next carrier, which is reasonable only on carrier trunks.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie dieselbe URI nicht beim selben Server; korrigieren Sie zuerst die Rufnummer oder die Zuordnung. Manche LCR-Konfigurationen behandeln eine 404 von einem Carrier als Routing-Lücke und versuchen den nächsten Carrier, was nur auf Carrier-Trunks sinnvoll ist.</translation>
    </message>
    <message>
        <source>Compare the user part of the Request-URI with the number format the far end expects: E.164, national, with or without a plus sign.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie den User-Teil der Request-URI mit dem Rufnummernformat, das die Gegenstelle erwartet: E.164, national, mit oder ohne Pluszeichen.</translation>
    </message>
    <message>
        <source>Check the inbound DID mapping or dial plan on the receiving PBX or carrier for that exact number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Zuordnung der eingehenden Durchwahl bzw. den Wählplan auf der empfangenden TK-Anlage oder beim Carrier für genau diese Rufnummer.</translation>
    </message>
    <message>
        <source>Verify that the host part of the Request-URI is a domain the server treats as local.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Host-Teil der Request-URI eine Domain ist, die der Server als lokal behandelt.</translation>
    </message>
    <message>
        <source>If the user exists but is offline, check whether the server answers 404 for unregistered users and change it to 480 if possible.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Existiert der Teilnehmer, ist aber offline, prüfen Sie, ob der Server für nicht registrierte Teilnehmer 404 zurückgibt, und ändern Sie dies nach Möglichkeit auf 480.</translation>
    </message>
    <message>
        <source>Rarely present, but RFC 3261 allows it when the user may become available later.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Selten vorhanden, aber RFC 3261 erlaubt ihn, wenn der Teilnehmer später erreichbar sein könnte.</translation>
    </message>
    <message>
        <source>Some servers explain here which lookup failed.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Manche Server erläutern hier, welche Abfrage fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The user existed once but is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>Der Teilnehmer existierte früher, ist aber dauerhaft nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The number looks incomplete rather than nonexistent.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Die Rufnummer scheint unvollständig statt nicht existent zu sein.</translation>
    </message>
    <message>
        <source>Global version stating the user does not exist anywhere.</source>
        <comment>related 604</comment>
        <extracomment>How 604 differs</extracomment>
        <translation>Globale Variante, die besagt, dass der Teilnehmer nirgendwo existiert.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 404 to cause 1, Unallocated number, towards ISUP.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>RFC 3398 bildet 404 in Richtung ISUP auf Cause 1, Unallocated number, ab.</translation>
    </message>
</context>
<context>
    <name>sip:405</name>
    <message>
        <source>Method Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>The method is understood but not allowed for this Request-URI; the Allow header lists what is.</source>
        <comment>summary</comment>
        <translation>Die Methode ist bekannt, aber für diese Request-URI nicht erlaubt; der Allow-Header listet die erlaubten auf.</translation>
    </message>
    <message>
        <source>405 says the server recognizes the method but does not permit it for the addressed resource. The response must include an Allow header listing the methods that are accepted. That distinguishes it from 501, which means the server does not implement the method at all.</source>
        <comment>description</comment>
        <translation>405 besagt, dass der Server die Methode kennt, sie für die adressierte Ressource aber nicht zulässt. Die Antwort muss einen Allow-Header enthalten, der die akzeptierten Methoden auflistet. Das unterscheidet sie von 501, die bedeutet, dass der Server die Methode überhaupt nicht implementiert.</translation>
    </message>
    <message>
        <source>It shows up when MESSAGE, SUBSCRIBE, PUBLISH, INFO, UPDATE or REFER reach a device or trunk that does not accept them, for example BLF subscriptions sent to a carrier, or REGISTER sent to a trunk that only accepts INVITE. Some platforms also answer OPTIONS keepalives with 405, which still proves the peer is alive.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn MESSAGE, SUBSCRIBE, PUBLISH, INFO, UPDATE oder REFER ein Gerät oder einen Trunk erreichen, der sie nicht akzeptiert, zum Beispiel BLF-Subskriptionen, die an einen Carrier gesendet werden, oder REGISTER an einen Trunk, der nur INVITE akzeptiert. Manche Plattformen beantworten auch OPTIONS-Keepalives mit 405, was dennoch beweist, dass die Gegenstelle erreichbar ist.</translation>
    </message>
    <message>
        <source>User agents, PBXs, gateways and servers that know the method in general but do not allow it for the specific target or configuration send it.</source>
        <comment>sentBy</comment>
        <translation>User Agents, TK-Anlagen, Gateways und Server, die die Methode grundsätzlich kennen, sie für das konkrete Ziel oder die Konfiguration aber nicht zulassen, senden sie.</translation>
    </message>
    <message>
        <source>Do not resend the same method; use one that appears in Allow or enable the feature on the peer.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie dieselbe Methode nicht erneut; verwenden Sie eine, die in Allow aufgeführt ist, oder aktivieren Sie die Funktion auf der Gegenstelle.</translation>
    </message>
    <message>
        <source>Read the Allow header and compare it with the method you sent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Allow-Header und vergleichen Sie ihn mit der gesendeten Methode.</translation>
    </message>
    <message>
        <source>Enable the feature on the peer, such as SUBSCRIBE for BLF or INFO for DTMF, or switch to a supported alternative such as RFC 4733 telephone-events instead of INFO.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie die Funktion auf der Gegenstelle, etwa SUBSCRIBE für BLF oder INFO für DTMF, oder wechseln Sie auf eine unterstützte Alternative wie telephone-events nach RFC 4733 statt INFO.</translation>
    </message>
    <message>
        <source>If REGISTER is refused, check whether the trunk uses IP authentication and does not expect registration at all.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wird REGISTER abgelehnt, prüfen Sie, ob der Trunk IP-Authentifizierung verwendet und gar keine Registrierung erwartet.</translation>
    </message>
    <message>
        <source>For OPTIONS health checks, configure the SBC to count any response, including 405, as the peer being up.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Konfigurieren Sie das SBC bei OPTIONS-Health-Checks so, dass jede Antwort, auch 405, als erreichbare Gegenstelle gewertet wird.</translation>
    </message>
    <message>
        <source>Mandatory in a 405; lists the methods the resource accepts.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation>In einer 405 Pflicht; listet die Methoden auf, die die Ressource akzeptiert.</translation>
    </message>
    <message>
        <source>The method is not implemented at all, rather than not allowed for this target.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Die Methode ist überhaupt nicht implementiert, statt nur für dieses Ziel nicht erlaubt.</translation>
    </message>
    <message>
        <source>SUBSCRIBE or PUBLISH is allowed, but the requested event package is not.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>SUBSCRIBE oder PUBLISH ist erlaubt, das angeforderte Event-Package jedoch nicht.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 to cause 63, Service or option not available, towards ISUP.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation>RFC 3398 bildet 405 in Richtung ISUP auf Cause 63, Service or option not available, ab.</translation>
    </message>
</context>
<context>
    <name>sip:406</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht akzeptabel</translation>
    </message>
    <message>
        <source>The server cannot produce a response in any format allowed by the request&apos;s Accept headers.</source>
        <comment>summary</comment>
        <translation>Der Server kann keine Antwort in einem der Formate erzeugen, die die Accept-Header der Anfrage zulassen.</translation>
    </message>
    <message>
        <source>406 means the resource can only generate content whose type, encoding or language is excluded by the Accept, Accept-Encoding or Accept-Language headers of the request. It concerns the body of the response, not the session description, since SDP negotiation failures use 488 or 606. It is uncommon for INVITE and shows up mostly with event and messaging methods.</source>
        <comment>description</comment>
        <translation>406 bedeutet, dass die Ressource nur Inhalte erzeugen kann, deren Typ, Kodierung oder Sprache durch die Header Accept, Accept-Encoding oder Accept-Language der Anfrage ausgeschlossen ist. Sie betrifft den Body der Antwort, nicht die Sitzungsbeschreibung, denn Fehler bei der SDP-Aushandlung werden mit 488 oder 606 gemeldet. Bei INVITE ist sie ungewöhnlich und tritt vor allem bei Event- und Messaging-Methoden auf.</translation>
    </message>
    <message>
        <source>A typical case is a SUBSCRIBE whose Accept header lists only a body format the notifier cannot produce, such as an old client asking only for application/xpidf+xml from a server that only generates application/pidf+xml. It can also happen when a client demands an Accept-Language the server cannot honour.</source>
        <comment>seenWhen</comment>
        <translation>Ein typischer Fall ist ein SUBSCRIBE, dessen Accept-Header nur ein Body-Format aufführt, das der Notifier nicht erzeugen kann, etwa ein alter Client, der nur application/xpidf+xml von einem Server anfordert, der ausschließlich application/pidf+xml erzeugt. Sie kann auch auftreten, wenn ein Client eine Accept-Language verlangt, die der Server nicht bedienen kann.</translation>
    </message>
    <message>
        <source>A UAS or notifier that cannot render its answer in any of the acceptable formats sends it.</source>
        <comment>sentBy</comment>
        <translation>Ein UAS oder Notifier, der seine Antwort in keinem der akzeptablen Formate liefern kann, sendet sie.</translation>
    </message>
    <message>
        <source>Retry only after widening the Accept headers or choosing a different event package or body format.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage erst, nachdem Sie die Accept-Header erweitert oder ein anderes Event-Package bzw. Body-Format gewählt haben.</translation>
    </message>
    <message>
        <source>Compare the Accept, Accept-Encoding and Accept-Language headers of the request with what the server can produce.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie die Header Accept, Accept-Encoding und Accept-Language der Anfrage mit dem, was der Server erzeugen kann.</translation>
    </message>
    <message>
        <source>Add the body types the server supports to Accept, for example application/pidf+xml for presence.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Fügen Sie Accept die vom Server unterstützten Body-Typen hinzu, zum Beispiel application/pidf+xml für Presence.</translation>
    </message>
    <message>
        <source>If the mismatch is in an event package, confirm both sides use the same package and body format.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Liegt die Abweichung in einem Event-Package, stellen Sie sicher, dass beide Seiten dasselbe Package und Body-Format verwenden.</translation>
    </message>
    <message>
        <source>In the request; shows the body types the client said it can handle.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>In der Anfrage; zeigt die Body-Typen, die der Client nach eigener Angabe verarbeiten kann.</translation>
    </message>
    <message>
        <source>In the request; an encoding the server cannot produce can also trigger 406.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation>In der Anfrage; auch eine Kodierung, die der Server nicht erzeugen kann, kann 406 auslösen.</translation>
    </message>
    <message>
        <source>In the request; a language requirement the server cannot meet can also trigger 406.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation>In der Anfrage; auch eine Sprachanforderung, die der Server nicht erfüllen kann, kann 406 auslösen.</translation>
    </message>
    <message>
        <source>Concerns the format of the request body rather than the response.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Betrifft das Format des Anfrage-Bodys statt der Antwort.</translation>
    </message>
    <message>
        <source>The session description offered in an INVITE is not acceptable.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Die in einem INVITE angebotene Sitzungsbeschreibung ist nicht akzeptabel.</translation>
    </message>
    <message>
        <source>Global refusal of the session parameters, not of a response format.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Globale Ablehnung der Sitzungsparameter, nicht eines Antwortformats.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 406 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 bildet 406 in Richtung ISUP auf Cause 79, Service or option not implemented, ab.</translation>
    </message>
</context>
<context>
    <name>sip:407</name>
    <message>
        <source>Proxy Authentication Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Proxy-Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>A proxy requires authentication; resend with Proxy-Authorization for the given challenge.</source>
        <comment>summary</comment>
        <translation>Ein Proxy verlangt eine Authentifizierung; senden Sie die Anfrage mit Proxy-Authorization für die angegebene Challenge erneut.</translation>
    </message>
    <message>
        <source>407 is the proxy counterpart of 401: a proxy in the path wants the originator to authenticate before it forwards the request. It carries a Proxy-Authenticate header with the realm and nonce, and the client resends the request with a matching Proxy-Authorization header. Several proxies may challenge the same request, each with its own realm.</source>
        <comment>description</comment>
        <translation>407 ist das Proxy-Gegenstück zu 401: Ein Proxy im Pfad möchte, dass sich der Absender authentifiziert, bevor er die Anfrage weiterleitet. Sie enthält einen Proxy-Authenticate-Header mit Realm und Nonce, und der Client sendet die Anfrage mit einem passenden Proxy-Authorization-Header erneut. Mehrere Proxys können dieselbe Anfrage jeweils mit eigenem Realm herausfordern.</translation>
    </message>
    <message>
        <source>It is typical for outbound INVITEs to a carrier or hosted PBX that authenticates every call: the caller ACKs the 407 and immediately sends a new INVITE with credentials. It becomes a problem when 407s repeat because of wrong credentials or a realm mismatch, or when a device only handles 401 challenges.</source>
        <comment>seenWhen</comment>
        <translation>Typisch ist sie bei abgehenden INVITEs an einen Carrier oder eine gehostete TK-Anlage, die jeden Anruf authentifiziert: Der Anrufer bestätigt die 407 mit ACK und sendet sofort ein neues INVITE mit Zugangsdaten. Zum Problem wird sie, wenn sich 407-Antworten wegen falscher Zugangsdaten oder eines abweichenden Realms wiederholen oder wenn ein Gerät nur 401-Challenges verarbeiten kann.</translation>
    </message>
    <message>
        <source>Authenticating proxies send it: provider edge proxies, outbound proxies and softswitches acting as proxies.</source>
        <comment>sentBy</comment>
        <translation>Authentifizierende Proxys senden sie: Edge-Proxys von Providern, Outbound-Proxys und Softswitches, die als Proxy arbeiten.</translation>
    </message>
    <message>
        <source>Retry once with Proxy-Authorization built from the challenge. If the same credentials are challenged again without stale=true, stop and fix the credentials instead of looping.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage einmal mit einer aus der Challenge gebildeten Proxy-Authorization. Werden dieselben Zugangsdaten erneut ohne stale=true herausgefordert, hören Sie auf und korrigieren Sie die Zugangsdaten, statt in einer Schleife weiterzuversuchen.</translation>
    </message>
    <message>
        <source>Confirm the client ACKs the 407 and resends the INVITE with Proxy-Authorization, the same Call-ID and From tag, and a higher CSeq.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass der Client die 407 mit ACK bestätigt und das INVITE mit Proxy-Authorization, derselben Call-ID, demselben From-Tag und einer höheren CSeq erneut sendet.</translation>
    </message>
    <message>
        <source>If a second 407 arrives, check the authentication username, password and realm against the challenge.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Trifft eine zweite 407 ein, prüfen Sie Authentifizierungs-Benutzername, Passwort und Realm anhand der Challenge.</translation>
    </message>
    <message>
        <source>Check that stale=true is handled by retrying with the new nonce rather than failing the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob stale=true durch einen erneuten Versuch mit der neuen Nonce behandelt wird, statt den Anruf scheitern zu lassen.</translation>
    </message>
    <message>
        <source>On SIP trunks, confirm whether the provider expects digest or IP authentication, since mixing them produces challenges the PBX cannot answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Klären Sie bei SIP-Trunks, ob der Provider Digest- oder IP-Authentifizierung erwartet, denn eine Mischung erzeugt Challenges, die die TK-Anlage nicht beantworten kann.</translation>
    </message>
    <message>
        <source>Carries the proxy&apos;s Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header Proxy-Authenticate</comment>
        <extracomment>Why to inspect the Proxy-Authenticate header</extracomment>
        <translation>Enthält die Digest-Challenge des Proxys: Realm, Nonce, Algorithmus, qop und ggf. stale=true.</translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Proxy-Authorization</comment>
        <extracomment>Why to inspect the Proxy-Authorization header</extracomment>
        <translation>Der Header, den der Client der wiederholten Anfrage hinzufügen muss und der aus der Challenge berechnet wird.</translation>
    </message>
    <message>
        <source>Same mechanism, but the challenge comes from the UAS or registrar.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>Gleicher Mechanismus, aber die Challenge kommt vom UAS oder Registrar.</translation>
    </message>
    <message>
        <source>Refusal that credentials cannot fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Ablehnung, die sich mit Zugangsdaten nicht beheben lässt.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 407 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 bildet 407 in Richtung ISUP auf Cause 21, Call rejected, ab.</translation>
    </message>
</context>
<context>
    <name>sip:408</name>
    <message>
        <source>Request Timeout</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>No final response arrived in time; often generated locally when Timer B or Timer F expires.</source>
        <comment>summary</comment>
        <translation>Es traf nicht rechtzeitig eine finale Antwort ein; wird oft lokal erzeugt, wenn Timer B oder Timer F abläuft.</translation>
    </message>
    <message>
        <source>408 means the request could not be completed within the available time. A server may send it when, for example, it could not locate the user quickly enough, but most 408s in traces are synthetic: the client transaction reports a timeout as 408 when Timer B (INVITE) or Timer F (non-INVITE) fires, by default after 64*T1, about 32 seconds. Proxies also return it upstream when their own Timer C or no-answer timer gives up on a branch.</source>
        <comment>description</comment>
        <translation>408 bedeutet, dass die Anfrage nicht innerhalb der verfügbaren Zeit abgeschlossen werden konnte. Ein Server kann sie senden, wenn er den Teilnehmer zum Beispiel nicht schnell genug lokalisieren konnte, doch die meisten 408 in Traces sind synthetisch: Die Client-Transaktion meldet einen Timeout als 408, wenn Timer B (INVITE) oder Timer F (Nicht-INVITE) abläuft, standardmäßig nach 64*T1, also etwa 32 Sekunden. Proxys geben sie auch upstream zurück, wenn ihr eigener Timer C oder No-Answer-Timer einen Branch aufgibt.</translation>
    </message>
    <message>
        <source>It points to an unreachable next hop: a wrong IP or port, a firewall or ACL silently dropping UDP, a dead DNS SRV target, or an expired NAT binding towards a registered phone. Calls that ring too long through a proxy with a short no-answer timer, such as Kamailio&apos;s fr_inv_timer, also end in 408. For REGISTER and OPTIONS it usually means the server never answered.</source>
        <comment>seenWhen</comment>
        <translation>Sie deutet auf einen nicht erreichbaren nächsten Hop hin: eine falsche IP-Adresse oder ein falscher Port, eine Firewall oder ACL, die UDP stillschweigend verwirft, ein nicht erreichbares DNS-SRV-Ziel oder ein abgelaufenes NAT-Binding zu einem registrierten Telefon. Auch Anrufe, die über einen Proxy mit kurzem No-Answer-Timer wie dem fr_inv_timer von Kamailio zu lange klingeln, enden mit 408. Bei REGISTER und OPTIONS bedeutet sie meist, dass der Server nie geantwortet hat.</translation>
    </message>
    <message>
        <source>Mostly the client transaction itself when Timer B or Timer F expires; also proxies and B2BUAs that stop waiting on a downstream branch, and occasionally a UAS that could not finish its lookup in time.</source>
        <comment>sentBy</comment>
        <translation>Meist die Client-Transaktion selbst, wenn Timer B oder Timer F abläuft; außerdem Proxys und B2BUAs, die das Warten auf einen Branch downstream aufgeben, und gelegentlich ein UAS, der seine Abfrage nicht rechtzeitig abschließen konnte.</translation>
    </message>
    <message>
        <source>The same request may be repeated later, but after a transport timeout a UAC or proxy should first fail over to the next DNS SRV target or route. Do not keep hammering a dead next hop.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe Anfrage darf später wiederholt werden, doch nach einem Transport-Timeout sollte ein UAC oder Proxy zuerst auf das nächste DNS-SRV-Ziel bzw. die nächste Route umschalten. Bombardieren Sie einen nicht erreichbaren nächsten Hop nicht weiter.</translation>
    </message>
    <message>
        <source>Determine whether the 408 came over the wire or was generated locally; if no matching response packet exists in the capture, the caller&apos;s own timer fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie fest, ob die 408 über die Leitung kam oder lokal erzeugt wurde; gibt es in der Aufzeichnung kein passendes Antwortpaket, ist der eigene Timer des Anrufers abgelaufen.</translation>
    </message>
    <message>
        <source>For local timeouts, check the path to the next hop: routing, firewall and ACLs, NAT bindings, transport (UDP, TCP or TLS) and the DNS SRV results.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie bei lokalen Timeouts den Pfad zum nächsten Hop: Routing, Firewall und ACLs, NAT-Bindings, Transport (UDP, TCP oder TLS) und die DNS-SRV-Ergebnisse.</translation>
    </message>
    <message>
        <source>If a proxy sent it after ringing, review its no-answer timers and whether the callee ever sent a final response.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Hat ein Proxy sie nach dem Klingeln gesendet, prüfen Sie seine No-Answer-Timer und ob der Angerufene jemals eine finale Antwort gesendet hat.</translation>
    </message>
    <message>
        <source>Look for large UDP messages being fragmented and dropped, which make only some requests time out.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Suchen Sie nach großen UDP-Nachrichten, die fragmentiert und verworfen werden, sodass nur manche Anfragen in einen Timeout laufen.</translation>
    </message>
    <message>
        <source>Identifies the element that built a 408 received over the wire; a locally generated 408 usually never appears in a packet capture.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>Kennzeichnet das Element, das eine über die Leitung empfangene 408 erzeugt hat; eine lokal erzeugte 408 taucht in einer Paketaufzeichnung in der Regel nie auf.</translation>
    </message>
    <message>
        <source>A server reports that it timed out waiting on another server.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>Ein Server meldet, dass beim Warten auf einen anderen Server ein Timeout aufgetreten ist.</translation>
    </message>
    <message>
        <source>The callee was found but is not available, rather than nothing answering in time.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Der Angerufene wurde gefunden, ist aber nicht verfügbar, statt dass niemand rechtzeitig antwortet.</translation>
    </message>
    <message>
        <source>What RFC 3261 tells a client to assume after a transport error rather than a timeout.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Das, was ein Client laut RFC 3261 nach einem Transportfehler statt eines Timeouts annehmen soll.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 408 to cause 102, Recovery on timer expiry, towards ISUP.</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation>RFC 3398 bildet 408 in Richtung ISUP auf Cause 102, Recovery on timer expiry, ab.</translation>
    </message>
</context>
<context>
    <name>sip:410</name>
    <message>
        <source>Gone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The user used to exist here but is permanently gone and no forwarding address is known.</source>
        <comment>summary</comment>
        <translation>Der Teilnehmer existierte hier früher, ist aber dauerhaft nicht mehr vorhanden, und es ist keine Umleitungsadresse bekannt.</translation>
    </message>
    <message>
        <source>410 says the requested resource existed at this server in the past but is no longer available, and the server has no new address for it. Unlike 404 it confirms that the address was once valid, and unlike 301 it gives the caller nowhere to go. If the server cannot tell whether the condition is permanent, 404 is the correct code.</source>
        <comment>description</comment>
        <translation>410 besagt, dass die angefragte Ressource früher auf diesem Server existierte, aber nicht mehr verfügbar ist, und der Server keine neue Adresse dafür kennt. Anders als 404 bestätigt sie, dass die Adresse einmal gültig war, und anders als 301 nennt sie dem Anrufer kein neues Ziel. Kann der Server nicht feststellen, ob der Zustand dauerhaft ist, ist 404 der richtige Code.</translation>
    </message>
    <message>
        <source>It is seen on calls to disconnected or ported-out numbers on carrier networks and to users deleted from a hosted platform. PSTN gateways map ISUP cause 22, Number changed, to 410.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei Anrufen an abgeschaltete oder wegportierte Rufnummern in Carrier-Netzen und an Teilnehmer auf, die von einer gehosteten Plattform gelöscht wurden. PSTN-Gateways bilden ISUP-Cause 22, Number changed, auf 410 ab.</translation>
    </message>
    <message>
        <source>Carrier switches, gateways and hosted platforms that know a number or account was disconnected send it.</source>
        <comment>sentBy</comment>
        <translation>Carrier-Vermittlungen, Gateways und gehostete Plattformen, die wissen, dass eine Rufnummer oder ein Konto abgeschaltet wurde, senden sie.</translation>
    </message>
    <message>
        <source>Do not retry this address, because it is permanently invalid at this server. An LCR router may try another carrier only if the portability data might be out of date.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie diese Adresse nicht, denn sie ist auf diesem Server dauerhaft ungültig. Ein LCR-Router kann einen anderen Carrier nur dann versuchen, wenn die Portierungsdaten veraltet sein könnten.</translation>
    </message>
    <message>
        <source>Verify the destination number or SIP address with the called party or a directory, since it is no longer in service at this provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Zielrufnummer oder SIP-Adresse beim Angerufenen oder in einem Verzeichnis, da sie bei diesem Provider nicht mehr in Betrieb ist.</translation>
    </message>
    <message>
        <source>If the number was ported, check number portability data so calls route to the new carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wurde die Rufnummer portiert, prüfen Sie die Portierungsdaten, damit Anrufe zum neuen Carrier geroutet werden.</translation>
    </message>
    <message>
        <source>Remove the stale entry from address books, speed dials and routing tables.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Entfernen Sie den veralteten Eintrag aus Adressbüchern, Kurzwahlen und Routing-Tabellen.</translation>
    </message>
    <message>
        <source>The user is unknown, with no statement that it ever existed.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Der Teilnehmer ist unbekannt, ohne Aussage darüber, ob er jemals existiert hat.</translation>
    </message>
    <message>
        <source>The user moved and the new address is given in Contact.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>Der Teilnehmer ist umgezogen, und die neue Adresse wird in Contact angegeben.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 410 to cause 22, Number changed, towards ISUP.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>RFC 3398 bildet 410 in Richtung ISUP auf Cause 22, Number changed, ab.</translation>
    </message>
</context>
<context>
    <name>sip:411</name>
    <message>
        <source>Length Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Länge erforderlich</translation>
    </message>
    <message>
        <source>Obsolete RFC 2543 code: the server refused a request that had no defined Content-Length.</source>
        <comment>summary</comment>
        <translation>Veralteter Code aus RFC 2543: Der Server hat eine Anfrage ohne definierte Content-Length abgelehnt.</translation>
    </message>
    <message>
        <source>Under RFC 2543 a server could answer 411 when it would not accept a request without a Content-Length header. RFC 3261 dropped the code, made Content-Length mandatory on stream transports such as TCP and TLS, and treats a request with broken framing as malformed instead. A current stack should never send 411.</source>
        <comment>description</comment>
        <translation>Nach RFC 2543 konnte ein Server mit 411 antworten, wenn er keine Anfrage ohne Content-Length-Header akzeptierte. RFC 3261 hat den Code gestrichen, Content-Length bei Stream-Transporten wie TCP und TLS verpflichtend gemacht und behandelt eine Anfrage mit fehlerhafter Rahmung stattdessen als fehlerhaft formatiert. Ein aktueller Stack sollte 411 nie senden.</translation>
    </message>
    <message>
        <source>It can only come from very old RFC 2543 era equipment, such as early IP phones and gateways still in service. A current server facing the same problem typically answers 400 Bad Request instead.</source>
        <comment>seenWhen</comment>
        <translation>Sie kann nur von sehr alten Geräten aus der Zeit von RFC 2543 stammen, etwa frühen IP-Telefonen und Gateways, die noch in Betrieb sind. Ein aktueller Server antwortet bei demselben Problem typischerweise stattdessen mit 400 Bad Request.</translation>
    </message>
    <message>
        <source>Legacy RFC 2543 servers and user agents that insisted on an explicit body length sent it.</source>
        <comment>sentBy</comment>
        <translation>Ältere Server und User Agents nach RFC 2543, die auf einer expliziten Body-Länge bestanden, haben sie gesendet.</translation>
    </message>
    <message>
        <source>Resend the request with a valid Content-Length. A modern client that does not know 411 treats it like 400, as it does for any unknown 4xx code.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie die Anfrage mit einer gültigen Content-Length erneut. Ein moderner Client, der 411 nicht kennt, behandelt sie wie 400, so wie jeden unbekannten 4xx-Code.</translation>
    </message>
    <message>
        <source>Defined by RFC 2543 and dropped by RFC 3261, which does not list it, so it is absent from the IANA SIP response code registry.</source>
        <comment>statusNote</comment>
        <translation>Durch RFC 2543 definiert und durch RFC 3261 gestrichen, die sie nicht aufführt; daher fehlt sie in der IANA-Registry der SIP-Antwortcodes.</translation>
    </message>
    <message>
        <source>Add a correct Content-Length header to every request, including Content-Length: 0 when there is no body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Fügen Sie jeder Anfrage einen korrekten Content-Length-Header hinzu, auch Content-Length: 0, wenn kein Body vorhanden ist.</translation>
    </message>
    <message>
        <source>Make sure the value still matches the body size in bytes after an SBC or ALG rewrites the SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass der Wert auch dann noch der Body-Größe in Bytes entspricht, nachdem ein SBC oder ALG das SDP umgeschrieben hat.</translation>
    </message>
    <message>
        <source>Plan to replace the legacy device that sends 411, since current peers do not know the code.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Planen Sie den Austausch des Altgeräts, das 411 sendet, da aktuelle Gegenstellen den Code nicht kennen.</translation>
    </message>
    <message>
        <source>Missing or wrong in the request that was refused.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>Fehlt in der abgelehnten Anfrage oder ist dort falsch.</translation>
    </message>
    <message>
        <source>The modern response to a request with broken framing or a bad Content-Length.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Die moderne Antwort auf eine Anfrage mit fehlerhafter Rahmung oder falscher Content-Length.</translation>
    </message>
    <message>
        <source>The body is present and delimited, but too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>Der Body ist vorhanden und abgegrenzt, aber zu groß.</translation>
    </message>
</context>
<context>
    <name>sip:412</name>
    <message>
        <source>Conditional Request Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Bedingte Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>A PUBLISH refresh carried a SIP-If-Match entity-tag the server no longer knows.</source>
        <comment>summary</comment>
        <translation>Eine PUBLISH-Auffrischung enthielt einen SIP-If-Match-Entity-Tag, den der Server nicht mehr kennt.</translation>
    </message>
    <message>
        <source>412 is returned by an event state compositor when the entity-tag in the SIP-If-Match header of a PUBLISH does not match any publication it holds. The publication the tag referred to has expired, been removed, or was never stored. The publisher must discard the tag and start over with an initial PUBLISH that carries full state and no SIP-If-Match.</source>
        <comment>description</comment>
        <translation>412 wird von einem Event State Compositor zurückgegeben, wenn der Entity-Tag im SIP-If-Match-Header eines PUBLISH zu keiner bei ihm gespeicherten Publikation passt. Die Publikation, auf die sich der Tag bezog, ist abgelaufen, wurde entfernt oder wurde nie gespeichert. Der Publisher muss den Tag verwerfen und mit einem initialen PUBLISH neu beginnen, das den vollständigen Status und kein SIP-If-Match enthält.</translation>
    </message>
    <message>
        <source>It appears with presence and dialog-state publishing from softphones and mobile clients after a presence server restart, a failover to a node without replicated state, or a refresh that arrived after the publication had already expired, for example after the client was asleep. A loop of PUBLISH followed by 412 points to a client that keeps reusing the stale tag.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt beim Publizieren von Presence- und Dialogstatus durch Softphones und mobile Clients auf, nach einem Neustart des Presence-Servers, einem Failover auf einen Knoten ohne replizierten Status oder einer Auffrischung, die erst nach Ablauf der Publikation eintraf, zum Beispiel nachdem der Client im Ruhezustand war. Eine Schleife aus PUBLISH und anschließender 412 deutet auf einen Client hin, der den veralteten Tag immer wieder verwendet.</translation>
    </message>
    <message>
        <source>An event state compositor sends it, usually a presence server or the presence module of a SIP server processing PUBLISH.</source>
        <comment>sentBy</comment>
        <translation>Ein Event State Compositor sendet sie, meist ein Presence-Server oder das Presence-Modul eines SIP-Servers, das PUBLISH verarbeitet.</translation>
    </message>
    <message>
        <source>Do not repeat the conditional PUBLISH. Send a fresh initial PUBLISH without SIP-If-Match, then use the new SIP-ETag for later refreshes.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie das bedingte PUBLISH nicht. Senden Sie ein neues initiales PUBLISH ohne SIP-If-Match und verwenden Sie anschließend den neuen SIP-ETag für spätere Auffrischungen.</translation>
    </message>
    <message>
        <source>Make the client drop the stored entity-tag and send an initial PUBLISH with a full body and no SIP-If-Match.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Sorgen Sie dafür, dass der Client den gespeicherten Entity-Tag verwirft und ein initiales PUBLISH mit vollständigem Body und ohne SIP-If-Match sendet.</translation>
    </message>
    <message>
        <source>Check the publication Expires values and refresh timing so refreshes arrive before the publication lapses.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Expires-Werte der Publikation und das Timing der Auffrischungen, damit Auffrischungen eintreffen, bevor die Publikation abläuft.</translation>
    </message>
    <message>
        <source>On clustered presence servers, confirm publication state is shared, or that clients stay on the node holding their publication.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie bei geclusterten Presence-Servern sicher, dass der Publikationsstatus gemeinsam genutzt wird oder dass Clients auf dem Knoten bleiben, der ihre Publikation hält.</translation>
    </message>
    <message>
        <source>In the PUBLISH; the entity-tag the server failed to match.</source>
        <comment>header SIP-If-Match</comment>
        <extracomment>Why to inspect the SIP-If-Match header</extracomment>
        <translation>Im PUBLISH; der Entity-Tag, den der Server nicht zuordnen konnte.</translation>
    </message>
    <message>
        <source>Returned in the 2xx to a successful PUBLISH; the value to use in the next refresh.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation>Wird in der 2xx auf ein erfolgreiches PUBLISH zurückgegeben; der Wert für die nächste Auffrischung.</translation>
    </message>
    <message>
        <source>Sets how long a publication lives before its entity-tag becomes invalid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Legt fest, wie lange eine Publikation besteht, bevor ihr Entity-Tag ungültig wird.</translation>
    </message>
    <message>
        <source>Entity-tag based suppression on the SUBSCRIBE side rather than a PUBLISH failure.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>Unterdrückung auf Basis von Entity-Tags auf der SUBSCRIBE-Seite statt eines PUBLISH-Fehlers.</translation>
    </message>
    <message>
        <source>The requested publication Expires is shorter than the server accepts.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation>Das angeforderte Expires der Publikation ist kürzer, als der Server akzeptiert.</translation>
    </message>
    <message>
        <source>The event package named in the PUBLISH is not supported at all.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>Das im PUBLISH genannte Event-Package wird überhaupt nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>sip:413</name>
    <message>
        <source>Request Entity Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Anfrage-Entity zu groß</translation>
    </message>
    <message>
        <source>The request body is larger than the server is willing or able to process.</source>
        <comment>summary</comment>
        <translation>Der Body der Anfrage ist größer, als der Server verarbeiten will oder kann.</translation>
    </message>
    <message>
        <source>413 says the message body is too big for the server. The server may close the connection to stop the client from sending more. If the limit is temporary, the response can include Retry-After to say when the client may try again.</source>
        <comment>description</comment>
        <translation>413 besagt, dass der Message-Body für den Server zu groß ist. Der Server kann die Verbindung schließen, um zu verhindern, dass der Client weitere Daten sendet. Ist die Begrenzung vorübergehend, kann die Antwort Retry-After enthalten, um anzugeben, wann der Client es erneut versuchen darf.</translation>
    </message>
    <message>
        <source>It is seen with INVITEs carrying very large SDP, for example video endpoints offering many codecs, ICE candidates and crypto lines, or multipart bodies combining SDP with ISUP or location objects. MESSAGE requests carrying files or long texts and SUBSCRIBE or NOTIFY requests with large resource lists can trigger it too.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei INVITEs mit sehr großem SDP auf, etwa bei Videoendpunkten, die viele Codecs, ICE-Kandidaten und Crypto-Zeilen anbieten, oder bei Multipart-Bodys, die SDP mit ISUP- oder Location-Objekten kombinieren. Auch MESSAGE-Anfragen mit Dateien oder langen Texten sowie SUBSCRIBE- oder NOTIFY-Anfragen mit großen Ressourcenlisten können sie auslösen.</translation>
    </message>
    <message>
        <source>Servers, SBCs and gateways with a body size limit send it, including PSTN gateways with small fixed buffers.</source>
        <comment>sentBy</comment>
        <translation>Server, SBCs und Gateways mit einer Größenbegrenzung für Bodys senden sie, auch PSTN-Gateways mit kleinen festen Puffern.</translation>
    </message>
    <message>
        <source>Resend with a smaller body. Repeat the same request unchanged only if Retry-After is present, and only after that delay.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie die Anfrage mit einem kleineren Body erneut. Wiederholen Sie dieselbe Anfrage unverändert nur, wenn Retry-After vorhanden ist, und erst nach dieser Wartezeit.</translation>
    </message>
    <message>
        <source>Check the body size against the receiver&apos;s configured maximum message or body size.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie die Body-Größe mit der beim Empfänger konfigurierten maximalen Nachrichten- oder Body-Größe.</translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, redundant ICE candidates or extra media lines, or have the SBC strip unneeded multipart parts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verkleinern Sie das SDP, indem Sie ungenutzte Codecs, redundante ICE-Kandidaten oder zusätzliche Medienzeilen entfernen, oder lassen Sie das SBC nicht benötigte Multipart-Teile entfernen.</translation>
    </message>
    <message>
        <source>For large payloads such as files, send a reference or use a separate transfer method such as MSRP or HTTP instead of the SIP body.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Senden Sie bei großen Nutzdaten wie Dateien eine Referenz oder verwenden Sie ein separates Übertragungsverfahren wie MSRP oder HTTP statt des SIP-Bodys.</translation>
    </message>
    <message>
        <source>If Retry-After is present, wait that long before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Ist Retry-After vorhanden, warten Sie diese Zeit ab, bevor Sie die Anfrage erneut senden.</translation>
    </message>
    <message>
        <source>Present when the condition is temporary; says how many seconds to wait before trying again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Vorhanden, wenn der Zustand vorübergehend ist; gibt an, wie viele Sekunden vor einem erneuten Versuch zu warten ist.</translation>
    </message>
    <message>
        <source>In the request; shows how large the rejected body was.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>In der Anfrage; zeigt, wie groß der abgelehnte Body war.</translation>
    </message>
    <message>
        <source>The whole message, not just the body, exceeds what the server accepts.</source>
        <comment>related 513</comment>
        <extracomment>How 513 differs</extracomment>
        <translation>Die gesamte Nachricht, nicht nur der Body, überschreitet das, was der Server akzeptiert.</translation>
    </message>
    <message>
        <source>The Request-URI, rather than the body, is too long.</source>
        <comment>related 414</comment>
        <extracomment>How 414 differs</extracomment>
        <translation>Die Request-URI und nicht der Body ist zu lang.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 413 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 bildet 413 in Richtung ISUP auf Cause 127, Interworking unspecified, ab.</translation>
    </message>
</context>
<context>
    <name>sip:414</name>
    <message>
        <source>Request-URI Too Long</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Request-URI zu lang</translation>
    </message>
    <message>
        <source>The Request-URI is longer than the server is willing to interpret.</source>
        <comment>summary</comment>
        <translation>Die Request-URI ist länger, als der Server zu interpretieren bereit ist.</translation>
    </message>
    <message>
        <source>414 means the server refuses to process the request because its Request-URI is too long. The limit is implementation specific and usually covers the whole URI, including parameters and any headers embedded after a question mark.</source>
        <comment>description</comment>
        <translation>414 bedeutet, dass der Server die Bearbeitung der Anfrage ablehnt, weil ihre Request-URI zu lang ist. Die Grenze ist implementierungsabhängig und umfasst in der Regel die gesamte URI einschließlich Parametern und etwaiger nach einem Fragezeichen eingebetteter Header.</translation>
    </message>
    <message>
        <source>It appears when Request-URIs collect parameters as they pass through several proxies or application servers, for example routing tags, long tokens or push notification parameters added for mobile clients. Click-to-dial and web integrations that embed headers in the URI can also produce it.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn Request-URIs auf dem Weg durch mehrere Proxys oder Application Server Parameter ansammeln, zum Beispiel Routing-Tags, lange Tokens oder Push-Benachrichtigungsparameter für mobile Clients. Auch Click-to-Dial- und Web-Integrationen, die Header in die URI einbetten, können sie verursachen.</translation>
    </message>
    <message>
        <source>Any server, proxy or gateway whose parser enforces a maximum Request-URI size can send it.</source>
        <comment>sentBy</comment>
        <translation>Jeder Server, Proxy oder jedes Gateway, dessen Parser eine maximale Länge der Request-URI durchsetzt, kann sie senden.</translation>
    </message>
    <message>
        <source>Resend only with a shorter Request-URI, because the same request will keep failing.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie die Anfrage nur mit einer kürzeren Request-URI erneut, da dieselbe Anfrage weiterhin scheitern wird.</translation>
    </message>
    <message>
        <source>Measure the Request-URI length in the trace and compare it with the receiver&apos;s limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Messen Sie die Länge der Request-URI im Trace und vergleichen Sie sie mit der Grenze des Empfängers.</translation>
    </message>
    <message>
        <source>Remove unnecessary URI parameters or embedded headers, or carry that data in proper header fields instead.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entfernen Sie unnötige URI-Parameter oder eingebettete Header, oder übertragen Sie diese Daten stattdessen in regulären Header-Feldern.</translation>
    </message>
    <message>
        <source>Check for loops or misbehaving proxies that append parameters at every hop.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie auf Schleifen oder fehlerhafte Proxys, die an jedem Hop Parameter anhängen.</translation>
    </message>
    <message>
        <source>The body, rather than the Request-URI, is too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>Der Body und nicht die Request-URI ist zu groß.</translation>
    </message>
    <message>
        <source>Generic syntax failure, which some servers return for overlong URIs instead.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Generischer Syntaxfehler, den manche Server stattdessen bei überlangen URIs zurückgeben.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 414 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 bildet 414 in Richtung ISUP auf Cause 127, Interworking unspecified, ab.</translation>
    </message>
</context>
<context>
    <name>sip:415</name>
    <message>
        <source>Unsupported Media Type</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <source>The request body&apos;s format, encoding or language is not supported for this method.</source>
        <comment>summary</comment>
        <translation>Format, Kodierung oder Sprache des Anfrage-Bodys werden für diese Methode nicht unterstützt.</translation>
    </message>
    <message>
        <source>415 says the server cannot handle the body of the request because of its content type, content encoding or language. The response lists what is acceptable in Accept, Accept-Encoding or Accept-Language, depending on which aspect failed. It concerns the request body, unlike 406, which concerns the body of the response.</source>
        <comment>description</comment>
        <translation>415 besagt, dass der Server den Body der Anfrage wegen seines Content-Type, seiner Content-Encoding oder seiner Sprache nicht verarbeiten kann. Die Antwort listet je nach betroffenem Aspekt in Accept, Accept-Encoding oder Accept-Language auf, was akzeptiert wird. Sie betrifft den Body der Anfrage, anders als 406, die den Body der Antwort betrifft.</translation>
    </message>
    <message>
        <source>Typical cases are INVITEs with multipart/mixed bodies (SDP plus ISUP or a location object) sent to devices that accept only application/sdp, and INFO requests using application/dtmf-relay towards a device that expects application/dtmf, or the reverse. It also appears for MESSAGE bodies in types such as text/html that the client cannot render, and for compressed bodies sent to peers without compression support.</source>
        <comment>seenWhen</comment>
        <translation>Typische Fälle sind INVITEs mit multipart/mixed-Bodys (SDP plus ISUP oder ein Location-Objekt), die an Geräte gesendet werden, die nur application/sdp akzeptieren, sowie INFO-Anfragen mit application/dtmf-relay an ein Gerät, das application/dtmf erwartet, oder umgekehrt. Sie tritt auch bei MESSAGE-Bodys mit Typen wie text/html auf, die der Client nicht darstellen kann, und bei komprimierten Bodys an Gegenstellen ohne Komprimierungsunterstützung.</translation>
    </message>
    <message>
        <source>User agents, gateways and B2BUAs that parse the body and do not support its type or encoding send it.</source>
        <comment>sentBy</comment>
        <translation>User Agents, Gateways und B2BUAs, die den Body parsen und dessen Typ oder Kodierung nicht unterstützen, senden sie.</translation>
    </message>
    <message>
        <source>Retry with a body in one of the formats listed in Accept, or without the unsupported encoding.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage mit einem Body in einem der in Accept aufgeführten Formate oder ohne die nicht unterstützte Kodierung.</translation>
    </message>
    <message>
        <source>Read Accept, Accept-Encoding and Accept-Language in the 415 to see what the server will take.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie Accept, Accept-Encoding und Accept-Language in der 415, um zu sehen, was der Server akzeptiert.</translation>
    </message>
    <message>
        <source>Change the body type on the sender, or have the SBC strip unsupported multipart parts and keep only application/sdp.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Ändern Sie den Body-Typ beim Sender, oder lassen Sie das SBC nicht unterstützte Multipart-Teile entfernen und nur application/sdp beibehalten.</translation>
    </message>
    <message>
        <source>For DTMF over INFO, align the body format on both sides or switch to RFC 4733 telephone-events.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Gleichen Sie bei DTMF über INFO das Body-Format auf beiden Seiten an oder wechseln Sie auf telephone-events nach RFC 4733.</translation>
    </message>
    <message>
        <source>Remove Content-Encoding if the peer cannot decompress the body.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Entfernen Sie Content-Encoding, wenn die Gegenstelle den Body nicht dekomprimieren kann.</translation>
    </message>
    <message>
        <source>Lists the body types the server accepts for this method.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>Listet die Body-Typen auf, die der Server für diese Methode akzeptiert.</translation>
    </message>
    <message>
        <source>Present when the content encoding was the problem; lists encodings the server understands.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation>Vorhanden, wenn die Content-Encoding das Problem war; listet die Kodierungen auf, die der Server versteht.</translation>
    </message>
    <message>
        <source>Present when the language was the problem; lists languages the server accepts.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation>Vorhanden, wenn die Sprache das Problem war; listet die Sprachen auf, die der Server akzeptiert.</translation>
    </message>
    <message>
        <source>In the request; the body type that was refused.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>In der Anfrage; der abgelehnte Body-Typ.</translation>
    </message>
    <message>
        <source>The problem is the format of the response, not of the request body.</source>
        <comment>related 406</comment>
        <extracomment>How 406 differs</extracomment>
        <translation>Das Problem ist das Format der Antwort, nicht das des Anfrage-Bodys.</translation>
    </message>
    <message>
        <source>The body type is fine, but the session description inside it cannot be accepted.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Der Body-Typ ist in Ordnung, aber die darin enthaltene Sitzungsbeschreibung kann nicht akzeptiert werden.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 415 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 bildet 415 in Richtung ISUP auf Cause 79, Service or option not implemented, ab.</translation>
    </message>
</context>
<context>
    <name>sip:416</name>
    <message>
        <source>Unsupported URI Scheme</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht unterstütztes URI-Schema</translation>
    </message>
    <message>
        <source>The scheme of the Request-URI (tel:, im:, http: and so on) is one this server cannot handle.</source>
        <comment>summary</comment>
        <translation>Das Schema der Request-URI (tel:, im:, http: usw.) kann dieser Server nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The receiving element looked at the scheme in front of the colon in the Request-URI and does not support it. Every SIP element has to understand sip: URIs, but support for tel:, urn:, im:, pres: or anything more exotic is optional. The URI is not malformed as such; it simply names a kind of address this server will not process.</source>
        <comment>description</comment>
        <translation>Das empfangende Element hat das Schema vor dem Doppelpunkt in der Request-URI geprüft und unterstützt es nicht. Jedes SIP-Element muss sip:-URIs verstehen, die Unterstützung von tel:, urn:, im:, pres: oder noch exotischeren Schemata ist jedoch optional. Die URI ist als solche nicht fehlerhaft; sie bezeichnet lediglich eine Art von Adresse, die dieser Server nicht verarbeitet.</translation>
    </message>
    <message>
        <source>A softphone or dialer sends INVITE tel:+15551234567 straight to a proxy or SBC that only routes sip: URIs. A click-to-dial, CRM or paging integration builds the Request-URI from a template and ends up with callto:, http: or a bare number with a stray prefix that parses as a scheme. It also shows up when an application server passes through a URN or IM URI that the next hop was never configured for.</source>
        <comment>seenWhen</comment>
        <translation>Ein Softphone oder Dialer sendet INVITE tel:+15551234567 direkt an einen Proxy oder ein SBC, der nur sip:-URIs routet. Eine Click-to-Dial-, CRM- oder Paging-Integration baut die Request-URI aus einer Vorlage und erzeugt dabei callto:, http: oder eine bloße Rufnummer mit einem verirrten Präfix, das als Schema interpretiert wird. Sie tritt auch auf, wenn ein Application Server eine URN- oder IM-URI durchreicht, für die der nächste Hop nie konfiguriert wurde.</translation>
    </message>
    <message>
        <source>Any UAS or proxy that parses the Request-URI and finds a scheme it has no handler for; SBCs and hosted PBXs that only accept sip: are the usual source.</source>
        <comment>sentBy</comment>
        <translation>Jeder UAS oder Proxy, der die Request-URI parst und ein Schema vorfindet, für das er keinen Handler hat; SBCs und gehostete TK-Anlagen, die nur sip: akzeptieren, sind die übliche Quelle.</translation>
    </message>
    <message>
        <source>Sending the same URI again to the same server will fail the same way. Retry only after rewriting the Request-URI into a scheme the server supports, or route the request to an element that handles that scheme.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe URI erneut an denselben Server zu senden scheitert auf dieselbe Weise. Wiederholen Sie die Anfrage erst, nachdem Sie die Request-URI in ein vom Server unterstütztes Schema umgeschrieben haben, oder routen Sie sie an ein Element, das dieses Schema verarbeitet.</translation>
    </message>
    <message>
        <source>Read the Request-URI of the rejected request and note the scheme before the colon.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie die Request-URI der abgelehnten Anfrage und notieren Sie das Schema vor dem Doppelpunkt.</translation>
    </message>
    <message>
        <source>Normalise tel: numbers on the sending side into sip:+number@domain;user=phone if the next hop only takes SIP URIs.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Normalisieren Sie tel:-Rufnummern auf der sendenden Seite in sip:+rufnummer@domain;user=phone, wenn der nächste Hop nur SIP-URIs annimmt.</translation>
    </message>
    <message>
        <source>Fix the template or dial plan in the application that builds the URI.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Korrigieren Sie die Vorlage oder den Wählplan in der Anwendung, die die URI erzeugt.</translation>
    </message>
    <message>
        <source>If the receiver should accept tel: or other schemes, enable that URI handling on the proxy or SBC.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Soll der Empfänger tel: oder andere Schemata akzeptieren, aktivieren Sie die entsprechende URI-Verarbeitung auf dem Proxy oder SBC.</translation>
    </message>
    <message>
        <source>A 400 means the request could not be parsed at all; 416 means it parsed fine but the URI scheme is not supported.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Eine 400 bedeutet, dass die Anfrage überhaupt nicht geparst werden konnte; 416 bedeutet, dass sie korrekt geparst wurde, das URI-Schema aber nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>A 404 says the address is valid but no such user exists; 416 never gets as far as looking the user up.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine 404 besagt, dass die Adresse gültig ist, ein solcher Teilnehmer aber nicht existiert; bei 416 kommt es gar nicht erst zur Suche nach dem Teilnehmer.</translation>
    </message>
    <message>
        <source>RFC 3398 gateways map 416 to cause 127, interworking unspecified, when it has to cross into ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>Gateways nach RFC 3398 bilden 416 auf Cause 127, Interworking unspecified, ab, wenn sie ins ISUP übergeben muss.</translation>
    </message>
</context>
<context>
    <name>sip:417</name>
    <message>
        <source>Unknown Resource-Priority</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Unbekannte Ressourcenpriorität</translation>
    </message>
    <message>
        <source>Resource priority was required, but the Resource-Priority namespace or value is not one this element knows.</source>
        <comment>summary</comment>
        <translation>Ressourcenpriorität war gefordert, aber Namespace oder Wert von Resource-Priority sind diesem Element nicht bekannt.</translation>
    </message>
    <message>
        <source>The request carried Require: resource-priority, so the recipient had to act on the Resource-Priority header, yet it did not recognise the namespace or the priority value given. Resource priority is used for preferential treatment of emergency and government calls (namespaces such as ets, wps, dsn, drsn or q735). The response lists what the element does understand in an Accept-Resource-Priority header.</source>
        <comment>description</comment>
        <translation>Die Anfrage enthielt Require: resource-priority, sodass der Empfänger den Resource-Priority-Header auswerten musste, doch er erkannte den angegebenen Namespace oder Prioritätswert nicht. Ressourcenpriorität dient der bevorzugten Behandlung von Notfall- und Behördenanrufen (Namespaces wie ets, wps, dsn, drsn oder q735). Die Antwort listet in einem Accept-Resource-Priority-Header auf, was das Element versteht.</translation>
    </message>
    <message>
        <source>Priority calls from GETS/WPS or defence networks cross into a carrier, SBC or gateway that has not been provisioned with the same namespace. Cisco IOS gateways configured for strict resource-priority mode reject unknown namespaces or values this way instead of ignoring them. It also appears after a namespace typo or a priority value outside the range the peer configured.</source>
        <comment>seenWhen</comment>
        <translation>Prioritätsanrufe aus GETS/WPS- oder Verteidigungsnetzen gelangen zu einem Carrier, SBC oder Gateway, auf dem derselbe Namespace nicht eingerichtet ist. Cisco-IOS-Gateways, die für den strikten Resource-Priority-Modus konfiguriert sind, lehnen unbekannte Namespaces oder Werte auf diese Weise ab, statt sie zu ignorieren. Sie tritt auch nach einem Tippfehler im Namespace oder bei einem Prioritätswert außerhalb des auf der Gegenstelle konfigurierten Bereichs auf.</translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that enforce resource priority and were told by the Require header that they must understand it.</source>
        <comment>sentBy</comment>
        <translation>Proxys, SBCs und PSTN-Gateways, die Ressourcenpriorität durchsetzen und durch den Require-Header angewiesen wurden, dass sie sie verstehen müssen.</translation>
    </message>
    <message>
        <source>Retry with a namespace and value taken from Accept-Resource-Priority, or without Require: resource-priority. Repeating the identical request will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage mit Namespace und Wert aus Accept-Resource-Priority oder ohne Require: resource-priority. Die identische Anfrage wird erneut abgelehnt.</translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the 417 to see which namespaces and priority values the peer accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie Accept-Resource-Priority in der 417, um zu sehen, welche Namespaces und Prioritätswerte die Gegenstelle akzeptiert.</translation>
    </message>
    <message>
        <source>Compare it with the Resource-Priority header sent and align the namespace and value on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vergleichen Sie dies mit dem gesendeten Resource-Priority-Header und gleichen Sie Namespace und Wert auf beiden Seiten an.</translation>
    </message>
    <message>
        <source>If the call can go through without preferential handling, stop sending Require: resource-priority so unknown values are simply ignored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Kann der Anruf auch ohne bevorzugte Behandlung durchgehen, senden Sie Require: resource-priority nicht mehr, damit unbekannte Werte einfach ignoriert werden.</translation>
    </message>
    <message>
        <source>On the receiving gateway, switch to loose mode or add the namespace if it should be honoured.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Schalten Sie auf dem empfangenden Gateway in den Loose-Modus oder fügen Sie den Namespace hinzu, wenn er berücksichtigt werden soll.</translation>
    </message>
    <message>
        <source>Lists the namespaces and values the rejecting element supports; build the retry from it.</source>
        <comment>header Accept-Resource-Priority</comment>
        <extracomment>Why to inspect the Accept-Resource-Priority header</extracomment>
        <translation>Listet die Namespaces und Werte auf, die das ablehnende Element unterstützt; bauen Sie den erneuten Versuch darauf auf.</translation>
    </message>
    <message>
        <source>The namespace.value pair that was not recognised.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>Das nicht erkannte Paar aus namespace.value.</translation>
    </message>
    <message>
        <source>Shows resource-priority was made mandatory; without it the element would have ignored the header.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Zeigt, dass resource-priority verpflichtend gemacht wurde; ohne dies hätte das Element den Header ignoriert.</translation>
    </message>
    <message>
        <source>A 420 means the resource-priority option tag itself is unknown; 417 means the extension is supported but the specific value is not.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 bedeutet, dass das Option-Tag resource-priority selbst unbekannt ist; 417 bedeutet, dass die Erweiterung unterstützt wird, der konkrete Wert jedoch nicht.</translation>
    </message>
    <message>
        <source>A 421 asks the client to use an extension; 417 rejects the values used in one.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Eine 421 fordert den Client auf, eine Erweiterung zu verwenden; 417 lehnt die in einer Erweiterung verwendeten Werte ab.</translation>
    </message>
    <message>
        <source>A request whose priority is known but not authorised for this user is refused with 403 instead.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Eine Anfrage, deren Priorität bekannt, für diesen Teilnehmer aber nicht autorisiert ist, wird stattdessen mit 403 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sip:420</name>
    <message>
        <source>Bad Extension</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Erweiterung</translation>
    </message>
    <message>
        <source>An option tag in Require or Proxy-Require is not supported; the Unsupported header names it.</source>
        <comment>summary</comment>
        <translation>Ein Option-Tag in Require oder Proxy-Require wird nicht unterstützt; der Unsupported-Header nennt es.</translation>
    </message>
    <message>
        <source>The client insisted on a SIP extension by listing its option tag in Require (for the UAS) or Proxy-Require (for proxies), and the recipient does not implement it. The response has to carry an Unsupported header that lists each tag it could not honour. Tags that are merely advertised in Supported never cause a 420.</source>
        <comment>description</comment>
        <translation>Der Client hat auf einer SIP-Erweiterung bestanden, indem er ihr Option-Tag in Require (für den UAS) oder Proxy-Require (für Proxys) aufgeführt hat, und der Empfänger implementiert sie nicht. Die Antwort muss einen Unsupported-Header enthalten, der jedes Tag auflistet, das nicht erfüllt werden konnte. Tags, die lediglich in Supported angekündigt werden, führen nie zu einer 420.</translation>
    </message>
    <message>
        <source>A UAC sends Require: 100rel to a gateway or PBX without PRACK support. A device requires timer, replaces or precondition toward a legacy endpoint, for example during an attended transfer with an INVITE carrying Replaces. An IMS client sends Proxy-Require: sec-agree through a proxy that is not an IMS P-CSCF.</source>
        <comment>seenWhen</comment>
        <translation>Ein UAC sendet Require: 100rel an ein Gateway oder eine TK-Anlage ohne PRACK-Unterstützung. Ein Gerät verlangt timer, replaces oder precondition gegenüber einem Altendpunkt, zum Beispiel bei einem Attended Transfer mit einem INVITE, das Replaces enthält. Ein IMS-Client sendet Proxy-Require: sec-agree über einen Proxy, der keine IMS-P-CSCF ist.</translation>
    </message>
    <message>
        <source>A UAS that does not implement an extension listed in Require, or a proxy that does not implement one listed in Proxy-Require.</source>
        <comment>sentBy</comment>
        <translation>Ein UAS, der eine in Require aufgeführte Erweiterung nicht implementiert, oder ein Proxy, der eine in Proxy-Require aufgeführte nicht implementiert.</translation>
    </message>
    <message>
        <source>A UAC may retry at once after dropping the listed tags from Require or Proxy-Require, falling back to behaviour that does not need the extension. Resending unchanged will give the same 420.</source>
        <comment>retryNote</comment>
        <translation>Ein UAC kann sofort einen neuen Versuch starten, nachdem er die aufgeführten Tags aus Require oder Proxy-Require entfernt hat, und auf ein Verhalten zurückfallen, das die Erweiterung nicht benötigt. Unverändertes erneutes Senden führt zur selben 420.</translation>
    </message>
    <message>
        <source>Read the Unsupported header to see exactly which option tag was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Unsupported-Header, um genau zu sehen, welches Option-Tag abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Move that tag from Require or Proxy-Require to Supported, so the feature is offered rather than demanded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verschieben Sie dieses Tag von Require oder Proxy-Require nach Supported, damit die Funktion angeboten statt verlangt wird.</translation>
    </message>
    <message>
        <source>On SBCs and PBXs, set reliable provisional responses (100rel) or session timers to supported or optional instead of required toward this peer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie auf SBCs und TK-Anlagen zuverlässige vorläufige Antworten (100rel) oder Session-Timer gegenüber dieser Gegenstelle auf supported oder optional statt required.</translation>
    </message>
    <message>
        <source>If the feature is mandatory for the service, enable it on the far end or route to a device that implements it.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Ist die Funktion für den Dienst zwingend, aktivieren Sie sie auf der Gegenseite oder routen Sie zu einem Gerät, das sie implementiert.</translation>
    </message>
    <message>
        <source>Names the option tags the recipient did not understand.</source>
        <comment>header Unsupported</comment>
        <extracomment>Why to inspect the Unsupported header</extracomment>
        <translation>Nennt die Option-Tags, die der Empfänger nicht verstanden hat.</translation>
    </message>
    <message>
        <source>The tags the UAS was required to support; remove or relax the one listed in Unsupported.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Die Tags, die der UAS unterstützen musste; entfernen oder lockern Sie das in Unsupported aufgeführte.</translation>
    </message>
    <message>
        <source>The tags every proxy had to support; a 420 from a proxy points here.</source>
        <comment>header Proxy-Require</comment>
        <extracomment>Why to inspect the Proxy-Require header</extracomment>
        <translation>Die Tags, die jeder Proxy unterstützen musste; eine 420 von einem Proxy verweist hierauf.</translation>
    </message>
    <message>
        <source>A 421 is the reverse case: the server needs an extension the client did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Eine 421 ist der umgekehrte Fall: Der Server benötigt eine Erweiterung, die der Client nicht angeboten hat.</translation>
    </message>
    <message>
        <source>A 417 is used when resource-priority is understood but its values are not.</source>
        <comment>related 417</comment>
        <extracomment>How 417 differs</extracomment>
        <translation>Eine 417 wird verwendet, wenn resource-priority verstanden wird, die Werte jedoch nicht.</translation>
    </message>
    <message>
        <source>RFC 3398 gateways signal cause 127, interworking unspecified, for 420 toward ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>Gateways nach RFC 3398 signalisieren für 420 in Richtung ISUP Cause 127, Interworking unspecified.</translation>
    </message>
</context>
<context>
    <name>sip:421</name>
    <message>
        <source>Extension Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Erweiterung erforderlich</translation>
    </message>
    <message>
        <source>The server needs an extension the request did not list in Supported; the Require header says which.</source>
        <comment>summary</comment>
        <translation>Der Server benötigt eine Erweiterung, die die Anfrage nicht in Supported aufgeführt hat; der Require-Header nennt sie.</translation>
    </message>
    <message>
        <source>The UAS will only process the request if the client uses a particular SIP extension, and the client did not advertise it in Supported. The response carries a Require header naming the needed option tags. Servers are expected to use this sparingly, because it locks out clients that cannot implement the extension.</source>
        <comment>description</comment>
        <translation>Der UAS bearbeitet die Anfrage nur, wenn der Client eine bestimmte SIP-Erweiterung verwendet, und der Client hat sie nicht in Supported angekündigt. Die Antwort enthält einen Require-Header, der die benötigten Option-Tags nennt. Server sollen davon sparsam Gebrauch machen, da sie damit Clients aussperren, die die Erweiterung nicht implementieren können.</translation>
    </message>
    <message>
        <source>A gateway or media server that only gives early media with reliable provisional responses demands 100rel. An IMS core requires precondition or sec-agree and the device did not offer it. A UAS or SBC that insists on session timers rejects INVITEs lacking Supported: timer.</source>
        <comment>seenWhen</comment>
        <translation>Ein Gateway oder Medienserver, der Early Media nur mit zuverlässigen vorläufigen Antworten liefert, verlangt 100rel. Ein IMS-Core verlangt precondition oder sec-agree, und das Gerät hat dies nicht angeboten. Ein UAS oder SBC, der auf Session-Timern besteht, lehnt INVITEs ohne Supported: timer ab.</translation>
    </message>
    <message>
        <source>A UAS, or a B2BUA acting as one, whose local policy makes an extension mandatory for this kind of request.</source>
        <comment>sentBy</comment>
        <translation>Ein UAS oder ein als UAS agierender B2BUA, dessen lokale Richtlinie eine Erweiterung für diese Art von Anfrage verpflichtend macht.</translation>
    </message>
    <message>
        <source>Retry only with the listed extension enabled and its tag in Supported. If the client cannot implement it, the call fails at this server and a router should try another destination.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage nur mit aktivierter Erweiterung und deren Tag in Supported. Kann der Client sie nicht implementieren, scheitert der Anruf an diesem Server, und ein Router sollte ein anderes Ziel versuchen.</translation>
    </message>
    <message>
        <source>Read the Require header of the 421 to see which option tags are needed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Require-Header der 421, um zu sehen, welche Option-Tags benötigt werden.</translation>
    </message>
    <message>
        <source>Enable that extension on the UAC and make sure it is advertised in Supported on the retried request.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie diese Erweiterung auf dem UAC und stellen Sie sicher, dass sie in der wiederholten Anfrage in Supported angekündigt wird.</translation>
    </message>
    <message>
        <source>Check that no B2BUA or SBC on the path strips Supported or its tags.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob kein B2BUA oder SBC auf dem Pfad Supported oder dessen Tags entfernt.</translation>
    </message>
    <message>
        <source>If the client cannot support it, change the server policy so the extension is optional for this peer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Kann der Client sie nicht unterstützen, ändern Sie die Serverrichtlinie so, dass die Erweiterung für diese Gegenstelle optional ist.</translation>
    </message>
    <message>
        <source>Lists the option tags the server insists on.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Listet die Option-Tags auf, auf denen der Server besteht.</translation>
    </message>
    <message>
        <source>Check what the original request advertised and whether a middlebox removed tags.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Prüfen Sie, was die ursprüngliche Anfrage angekündigt hat und ob eine Middlebox Tags entfernt hat.</translation>
    </message>
    <message>
        <source>A 420 is the opposite direction: the client demanded an extension the server lacks.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 betrifft die umgekehrte Richtung: Der Client hat eine Erweiterung verlangt, die dem Server fehlt.</translation>
    </message>
    <message>
        <source>A 494 is the specific answer when the missing piece is the sec-agree security negotiation.</source>
        <comment>related 494</comment>
        <extracomment>How 494 differs</extracomment>
        <translation>Eine 494 ist die spezifische Antwort, wenn die fehlende Komponente die sec-agree-Sicherheitsaushandlung ist.</translation>
    </message>
    <message>
        <source>A 422 is sent when session timers are in use but the proposed interval is too short.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation>Eine 422 wird gesendet, wenn Session-Timer verwendet werden, das vorgeschlagene Intervall aber zu kurz ist.</translation>
    </message>
</context>
<context>
    <name>sip:422</name>
    <message>
        <source>Session Interval Too Small</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Sitzungsintervall zu klein</translation>
    </message>
    <message>
        <source>Session-Expires is below this element&apos;s minimum; the Min-SE header gives the smallest value accepted.</source>
        <comment>summary</comment>
        <translation>Session-Expires liegt unter dem Minimum dieses Elements; der Min-SE-Header nennt den kleinsten akzeptierten Wert.</translation>
    </message>
    <message>
        <source>Under RFC 4028 session timers, the request proposed a Session-Expires interval shorter than the recipient is willing to handle. The response carries Min-SE with the minimum that element accepts, and RFC 4028 never allows anything below 90 seconds. It applies to the initial INVITE and to session refreshes sent as re-INVITE or UPDATE.</source>
        <comment>description</comment>
        <translation>Bei Session-Timern nach RFC 4028 hat die Anfrage ein Session-Expires-Intervall vorgeschlagen, das kürzer ist, als der Empfänger zu verarbeiten bereit ist. Die Antwort enthält Min-SE mit dem Minimum, das dieses Element akzeptiert, und RFC 4028 erlaubt nie weniger als 90 Sekunden. Dies gilt für das initiale INVITE und für Session-Refreshes, die als Re-INVITE oder UPDATE gesendet werden.</translation>
    </message>
    <message>
        <source>A phone or PBX sends Session-Expires: 60 or some other value under 90 seconds. An SBC or carrier with Min-SE set to 1800 receives an INVITE proposing 600 or 900 seconds. Proxies on the path can also return it, so the Min-SE may belong to a middle hop and not to the called party.</source>
        <comment>seenWhen</comment>
        <translation>Ein Telefon oder eine TK-Anlage sendet Session-Expires: 60 oder einen anderen Wert unter 90 Sekunden. Ein SBC oder Carrier mit Min-SE von 1800 empfängt ein INVITE, das 600 oder 900 Sekunden vorschlägt. Auch Proxys auf dem Pfad können sie zurückgeben, sodass das Min-SE zu einem Zwischen-Hop und nicht zum Angerufenen gehören kann.</translation>
    </message>
    <message>
        <source>A UAS, proxy or SBC that supports session timers and has a minimum session interval larger than the one proposed.</source>
        <comment>sentBy</comment>
        <translation>Ein UAS, Proxy oder SBC, der Session-Timer unterstützt und ein minimales Sitzungsintervall hat, das größer ist als das vorgeschlagene.</translation>
    </message>
    <message>
        <source>Retry immediately with Session-Expires raised to at least the Min-SE value, also adding a Min-SE header. If a 422 arrives for a refresh of an established call, the old session keeps running while the refresh is redone.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage sofort mit einem Session-Expires von mindestens dem Min-SE-Wert und fügen Sie zusätzlich einen Min-SE-Header hinzu. Trifft eine 422 auf einen Refresh eines bestehenden Anrufs ein, läuft die alte Sitzung weiter, während der Refresh wiederholt wird.</translation>
    </message>
    <message>
        <source>Read Min-SE in the 422 and check which hop sent it from the top Via and Server headers.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie Min-SE in der 422 und ermitteln Sie anhand des obersten Via- und des Server-Headers, welcher Hop sie gesendet hat.</translation>
    </message>
    <message>
        <source>Confirm the client retried automatically with a Session-Expires at least as large as Min-SE and carried a Min-SE header; most stacks do this.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass der Client die Anfrage automatisch mit einem Session-Expires von mindestens Min-SE und mit einem Min-SE-Header wiederholt hat; die meisten Stacks tun dies.</translation>
    </message>
    <message>
        <source>Raise the session timer interval on the originating device, PBX or SBC so it meets the peer&apos;s minimum.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Erhöhen Sie das Session-Timer-Intervall auf dem Ursprungsgerät, der TK-Anlage oder dem SBC, sodass es das Minimum der Gegenstelle erfüllt.</translation>
    </message>
    <message>
        <source>Agree a common session refresh interval across the trunk to avoid a 422 round-trip on every call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Vereinbaren Sie ein gemeinsames Session-Refresh-Intervall für den Trunk, um bei jedem Anruf einen zusätzlichen 422-Umlauf zu vermeiden.</translation>
    </message>
    <message>
        <source>The smallest session interval the rejecting element accepts; the retry must be at least this.</source>
        <comment>header Min-SE</comment>
        <extracomment>Why to inspect the Min-SE header</extracomment>
        <translation>Das kleinste Sitzungsintervall, das das ablehnende Element akzeptiert; der erneute Versuch muss mindestens diesen Wert haben.</translation>
    </message>
    <message>
        <source>The interval that was proposed and refused.</source>
        <comment>header Session-Expires</comment>
        <extracomment>Why to inspect the Session-Expires header</extracomment>
        <translation>Das vorgeschlagene und abgelehnte Intervall.</translation>
    </message>
    <message>
        <source>Should contain timer on the retry so the peers can negotiate a refresher.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Sollte beim erneuten Versuch timer enthalten, damit die Gegenstellen einen Refresher aushandeln können.</translation>
    </message>
    <message>
        <source>A 423 does the same job for REGISTER and SUBSCRIBE Expires values, using Min-Expires.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation>Eine 423 erfüllt dieselbe Aufgabe für Expires-Werte bei REGISTER und SUBSCRIBE, mit Min-Expires.</translation>
    </message>
    <message>
        <source>A 421 with Require: timer means session timers are mandatory but were not offered at all.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Eine 421 mit Require: timer bedeutet, dass Session-Timer verpflichtend sind, aber gar nicht angeboten wurden.</translation>
    </message>
    <message>
        <source>A 420 appears if timer was required but the peer does not implement session timers.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 tritt auf, wenn timer verlangt wurde, die Gegenstelle aber keine Session-Timer implementiert.</translation>
    </message>
</context>
<context>
    <name>sip:423</name>
    <message>
        <source>Interval Too Brief</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Intervall zu kurz</translation>
    </message>
    <message>
        <source>The requested Expires is shorter than the server allows; the Min-Expires header gives the minimum.</source>
        <comment>summary</comment>
        <translation>Das angeforderte Expires ist kürzer, als der Server zulässt; der Min-Expires-Header nennt das Minimum.</translation>
    </message>
    <message>
        <source>The server refuses to create or refresh a registration (or another soft-state resource) because the expiration interval asked for is too short for its policy. RFC 3261 defines it for REGISTER, and the event notification and PUBLISH specifications reuse it for SUBSCRIBE and PUBLISH. The response carries Min-Expires with the shortest interval the server will grant.</source>
        <comment>description</comment>
        <translation>Der Server lehnt es ab, eine Registrierung (oder eine andere Soft-State-Ressource) anzulegen oder aufzufrischen, weil das angeforderte Ablaufintervall für seine Richtlinie zu kurz ist. RFC 3261 definiert sie für REGISTER, und die Spezifikationen für Ereignisbenachrichtigungen und PUBLISH verwenden sie für SUBSCRIBE und PUBLISH wieder. Die Antwort enthält Min-Expires mit dem kürzesten Intervall, das der Server gewährt.</translation>
    </message>
    <message>
        <source>A phone behind NAT is set to re-register every 30 or 60 seconds to keep the pinhole open, and the registrar requires 120, 300 or 3600. BLF or presence SUBSCRIBEs with a very short Expires are refused by the PBX. Provisioning templates with a registration period in the wrong unit (seconds vs minutes) also produce it.</source>
        <comment>seenWhen</comment>
        <translation>Ein Telefon hinter NAT ist so eingestellt, dass es sich alle 30 oder 60 Sekunden neu registriert, um das Pinhole offen zu halten, und der Registrar verlangt 120, 300 oder 3600. BLF- oder Presence-SUBSCRIBEs mit sehr kurzem Expires werden von der TK-Anlage abgelehnt. Auch Provisioning-Vorlagen mit einem Registrierungsintervall in der falschen Einheit (Sekunden statt Minuten) führen dazu.</translation>
    </message>
    <message>
        <source>Registrars, and notifiers or presence servers that enforce a minimum subscription or publication lifetime to limit refresh load.</source>
        <comment>sentBy</comment>
        <translation>Registrare sowie Notifier oder Presence-Server, die eine minimale Lebensdauer für Subskriptionen oder Publikationen durchsetzen, um die Last durch Auffrischungen zu begrenzen.</translation>
    </message>
    <message>
        <source>Retry straight away with an expiry of at least Min-Expires. Retrying with the same short value will loop on 423 and the device will stay unregistered.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage sofort mit einer Ablaufzeit von mindestens Min-Expires. Ein erneuter Versuch mit demselben kurzen Wert endet in einer 423-Schleife, und das Gerät bleibt unregistriert.</translation>
    </message>
    <message>
        <source>Read Min-Expires in the 423 and set the device&apos;s registration or subscription interval to at least that value.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie Min-Expires in der 423 und setzen Sie das Registrierungs- oder Subskriptionsintervall des Geräts auf mindestens diesen Wert.</translation>
    </message>
    <message>
        <source>Check the Expires header and any expires parameter on the Contact, since the Contact parameter wins when both are present.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie den Expires-Header und einen etwaigen expires-Parameter im Contact, denn der Contact-Parameter hat Vorrang, wenn beide vorhanden sind.</translation>
    </message>
    <message>
        <source>Keep NAT bindings open with CRLF or OPTIONS keepalives or SIP outbound instead of very short re-registrations.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Halten Sie NAT-Bindings mit CRLF- oder OPTIONS-Keepalives oder SIP Outbound offen statt mit sehr kurzen Neuregistrierungen.</translation>
    </message>
    <message>
        <source>Confirm the client&apos;s automatic retry uses the new value instead of looping on the old one.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass der automatische erneute Versuch des Clients den neuen Wert verwendet, statt mit dem alten in einer Schleife zu hängen.</translation>
    </message>
    <message>
        <source>The shortest expiry the server will accept; use it in the retry.</source>
        <comment>header Min-Expires</comment>
        <extracomment>Why to inspect the Min-Expires header</extracomment>
        <translation>Die kürzeste Ablaufzeit, die der Server akzeptiert; verwenden Sie sie beim erneuten Versuch.</translation>
    </message>
    <message>
        <source>The interval that was requested.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Das angeforderte Intervall.</translation>
    </message>
    <message>
        <source>An expires parameter here overrides the Expires header for that binding.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Ein expires-Parameter hier überschreibt den Expires-Header für dieses Binding.</translation>
    </message>
    <message>
        <source>A 422 is the session timer equivalent, with Min-SE instead of Min-Expires.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation>Eine 422 ist das Gegenstück für Session-Timer, mit Min-SE statt Min-Expires.</translation>
    </message>
    <message>
        <source>A 489 rejects a SUBSCRIBE for its event package, not for its duration.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>Eine 489 lehnt ein SUBSCRIBE wegen seines Event-Package ab, nicht wegen seiner Dauer.</translation>
    </message>
</context>
<context>
    <name>sip:424</name>
    <message>
        <source>Bad Location Information</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Standortinformationen</translation>
    </message>
    <message>
        <source>Location conveyed with the request (Geolocation, PIDF-LO) was malformed, missing or unusable.</source>
        <comment>summary</comment>
        <translation>Die mit der Anfrage übermittelten Standortinformationen (Geolocation, PIDF-LO) waren fehlerhaft, fehlten oder waren unbrauchbar.</translation>
    </message>
    <message>
        <source>The recipient needed the location information attached to the request, by value in a PIDF-LO body or by reference through a URI in the Geolocation header, and could not use it. The location might be syntactically wrong, impossible to dereference, or not good enough for the recipient&apos;s purpose, such as routing an emergency call. A Geolocation-Error header in the response carries a code and text that narrow down the problem.</source>
        <comment>description</comment>
        <translation>Der Empfänger benötigte die der Anfrage beigefügten Standortinformationen, als Wert in einem PIDF-LO-Body oder als Referenz über eine URI im Geolocation-Header, und konnte sie nicht verwenden. Der Standort kann syntaktisch falsch, nicht dereferenzierbar oder für den Zweck des Empfängers nicht ausreichend sein, etwa für das Routing eines Notrufs. Ein Geolocation-Error-Header in der Antwort enthält einen Code und einen Text, die das Problem eingrenzen.</translation>
    </message>
    <message>
        <source>Emergency calls in NG911 or NG112 networks where the ESRP or PSAP cannot parse the PIDF-LO the originating network inserted. A Geolocation header points at a cid: URI that does not match any Content-ID in the multipart body. A location-by-reference URI (HELD or SIP presence) cannot be fetched by the receiving element.</source>
        <comment>seenWhen</comment>
        <translation>Notrufe in NG911- oder NG112-Netzen, bei denen ESRP oder PSAP das vom Ursprungsnetz eingefügte PIDF-LO nicht parsen können. Ein Geolocation-Header verweist auf eine cid:-URI, die zu keiner Content-ID im Multipart-Body passt. Eine Location-by-Reference-URI (HELD oder SIP-Presence) kann vom empfangenden Element nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>PSAPs, emergency routing proxies and other location-based routing elements that must consume the location to handle the request.</source>
        <comment>sentBy</comment>
        <translation>PSAPs, Notruf-Routing-Proxys und andere standortbasierte Routing-Elemente, die den Standort auswerten müssen, um die Anfrage zu bearbeiten.</translation>
    </message>
    <message>
        <source>Retry only after correcting or replacing the location information. For emergency calls, networks usually fall back to default routing instead of letting the call fail.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage erst, nachdem die Standortinformationen korrigiert oder ersetzt wurden. Bei Notrufen greifen Netze in der Regel auf Standard-Routing zurück, statt den Anruf scheitern zu lassen.</translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for its code and text to see whether parsing, dereferencing or permission failed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie Code und Text im Geolocation-Error-Header, um zu sehen, ob Parsing, Dereferenzierung oder Berechtigung fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>Validate the PIDF-LO body against the schema and check Content-Type and multipart boundaries.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Validieren Sie den PIDF-LO-Body gegen das Schema und prüfen Sie Content-Type und Multipart-Boundaries.</translation>
    </message>
    <message>
        <source>Make sure each cid: URI in Geolocation matches a Content-ID header in the body exactly.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass jede cid:-URI in Geolocation exakt zu einem Content-ID-Header im Body passt.</translation>
    </message>
    <message>
        <source>For location by reference, verify the URI is reachable and authorised from the receiving network.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Prüfen Sie bei Location by Reference, ob die URI vom empfangenden Netz aus erreichbar und der Zugriff autorisiert ist.</translation>
    </message>
    <message>
        <source>Carries a numeric code and description explaining what was wrong with the location.</source>
        <comment>header Geolocation-Error</comment>
        <extracomment>Why to inspect the Geolocation-Error header</extracomment>
        <translation>Enthält einen numerischen Code und eine Beschreibung, was am Standort fehlerhaft war.</translation>
    </message>
    <message>
        <source>Holds the cid: or remote URI pointing at the location; check it resolves.</source>
        <comment>header Geolocation</comment>
        <extracomment>Why to inspect the Geolocation header</extracomment>
        <translation>Enthält die cid:- oder entfernte URI, die auf den Standort verweist; prüfen Sie, ob sie sich auflösen lässt.</translation>
    </message>
    <message>
        <source>Says whether intermediaries may route on the location.</source>
        <comment>header Geolocation-Routing</comment>
        <extracomment>Why to inspect the Geolocation-Routing header</extracomment>
        <translation>Gibt an, ob Zwischenelemente anhand des Standorts routen dürfen.</translation>
    </message>
    <message>
        <source>A 400 is a general syntax failure; 424 is specific to the conveyed location.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Eine 400 ist ein allgemeiner Syntaxfehler; 424 bezieht sich speziell auf den übermittelten Standort.</translation>
    </message>
    <message>
        <source>A 425 is the sibling for a bad CAP alert payload in non-interactive emergency calls.</source>
        <comment>related 425</comment>
        <extracomment>How 425 differs</extracomment>
        <translation>Eine 425 ist das Gegenstück für eine fehlerhafte CAP-Alarmnutzlast bei nicht interaktiven Notrufen.</translation>
    </message>
    <message>
        <source>A 415 applies if the location body uses a content type the recipient does not accept at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Eine 415 gilt, wenn der Standort-Body einen Content-Type verwendet, den der Empfänger überhaupt nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>sip:425</name>
    <message>
        <source>Bad Alert Message</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Alarmnachricht</translation>
    </message>
    <message>
        <source>A non-interactive emergency alert (CAP payload in a SIP MESSAGE) was missing or unusable.</source>
        <comment>summary</comment>
        <translation>Ein nicht interaktiver Notrufalarm (CAP-Nutzlast in einer SIP-MESSAGE) fehlte oder war unbrauchbar.</translation>
    </message>
    <message>
        <source>RFC 8876 lets devices send emergency alerts with no voice or video, as a SIP MESSAGE carrying a Common Alerting Protocol document. A 425 says the PSAP or emergency network could not make sense of the alert payload well enough to act on it. An AlertMsg-Error header carries a code: 100 for a payload that cannot be processed, 101 when it is absent or cannot be found, 102 when it does not say enough about the emergency, and 103 when it is corrupted.</source>
        <comment>description</comment>
        <translation>RFC 8876 erlaubt Geräten, Notrufalarme ohne Sprache oder Video zu senden, als SIP-MESSAGE mit einem Dokument im Common Alerting Protocol. Eine 425 besagt, dass PSAP oder Notrufnetz die Alarmnutzlast nicht gut genug auswerten konnten, um darauf zu reagieren. Ein AlertMsg-Error-Header enthält einen Code: 100 für eine Nutzlast, die nicht verarbeitet werden kann, 101, wenn sie fehlt oder nicht gefunden werden kann, 102, wenn sie nicht genug über den Notfall aussagt, und 103, wenn sie beschädigt ist.</translation>
    </message>
    <message>
        <source>Sensors, alarm panels and vehicle systems sending data-only alerts to an ESRP or PSAP. It appears when the CAP XML is malformed, the body part referenced by the request is missing, or required CAP elements are empty. It is also seen during interoperability testing of new alerting devices against NG emergency cores.</source>
        <comment>seenWhen</comment>
        <translation>Sensoren, Alarmzentralen und Fahrzeugsysteme, die reine Datenalarme an ein ESRP oder PSAP senden. Sie tritt auf, wenn das CAP-XML fehlerhaft ist, der in der Anfrage referenzierte Body-Teil fehlt oder erforderliche CAP-Elemente leer sind. Man sieht sie auch bei Interoperabilitätstests neuer Alarmierungsgeräte gegen NG-Notruf-Cores.</translation>
    </message>
    <message>
        <source>PSAPs and emergency services routing proxies that receive non-interactive emergency calls and cannot use the attached alert.</source>
        <comment>sentBy</comment>
        <translation>PSAPs und Notruf-Routing-Proxys, die nicht interaktive Notrufe empfangen und den beigefügten Alarm nicht verwenden können.</translation>
    </message>
    <message>
        <source>Resend only after fixing the CAP payload. Sending the same alert again will be rejected the same way.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie erst erneut, nachdem die CAP-Nutzlast korrigiert wurde. Derselbe Alarm wird erneut auf dieselbe Weise abgelehnt.</translation>
    </message>
    <message>
        <source>Read the code in the AlertMsg-Error header to see which of the four failure cases applies.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Code im AlertMsg-Error-Header, um zu sehen, welcher der vier Fehlerfälle vorliegt.</translation>
    </message>
    <message>
        <source>Validate the CAP document against the schema and check its Content-Type is application/common-alerting-protocol+xml.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Validieren Sie das CAP-Dokument gegen das Schema und prüfen Sie, ob sein Content-Type application/common-alerting-protocol+xml lautet.</translation>
    </message>
    <message>
        <source>Check that every body part referenced by a cid: URI is actually present in the MESSAGE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob jeder durch eine cid:-URI referenzierte Body-Teil tatsächlich in der MESSAGE enthalten ist.</translation>
    </message>
    <message>
        <source>Make sure the alert fills in the elements that describe the event, such as category, urgency and location.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass der Alarm die Elemente ausfüllt, die das Ereignis beschreiben, etwa Kategorie, Dringlichkeit und Standort.</translation>
    </message>
    <message>
        <source>Carries the numeric code (100 to 103) and text telling what was wrong with the alert.</source>
        <comment>header AlertMsg-Error</comment>
        <extracomment>Why to inspect the AlertMsg-Error header</extracomment>
        <translation>Enthält den numerischen Code (100 bis 103) und einen Text, der angibt, was am Alarm fehlerhaft war.</translation>
    </message>
    <message>
        <source>Should show the CAP media type, usually inside a multipart body.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Sollte den CAP-Medientyp zeigen, meist innerhalb eines Multipart-Bodys.</translation>
    </message>
    <message>
        <source>A 424 is the response when the problem lies in the conveyed location rather than the alert itself.</source>
        <comment>related 424</comment>
        <extracomment>How 424 differs</extracomment>
        <translation>Eine 424 ist die Antwort, wenn das Problem im übermittelten Standort liegt und nicht im Alarm selbst.</translation>
    </message>
    <message>
        <source>A 415 is used when the body&apos;s media type is not accepted at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Eine 415 wird verwendet, wenn der Medientyp des Bodys überhaupt nicht akzeptiert wird.</translation>
    </message>
    <message>
        <source>A 400 covers a SIP request that is malformed independent of its alert content.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Eine 400 betrifft eine SIP-Anfrage, die unabhängig von ihrem Alarminhalt fehlerhaft ist.</translation>
    </message>
</context>
<context>
    <name>sip:428</name>
    <message>
        <source>Use Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Identity-Header verwenden</translation>
    </message>
    <message>
        <source>The verifier&apos;s policy requires a signed Identity header (STIR/SHAKEN) and the request had none.</source>
        <comment>summary</comment>
        <translation>Die Richtlinie des Verifiers verlangt einen signierten Identity-Header (STIR/SHAKEN), und die Anfrage enthielt keinen.</translation>
    </message>
    <message>
        <source>A STIR verification service received a request without any Identity header, and its policy does not accept unsigned requests. It is a prompt for the originating side to send the request again through an authentication service that signs it. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation>Ein STIR-Verification-Service hat eine Anfrage ohne Identity-Header empfangen, und seine Richtlinie akzeptiert keine unsignierten Anfragen. Sie fordert die Ursprungsseite auf, die Anfrage erneut über einen Authentication-Service zu senden, der sie signiert. Der Code wurde erstmals in RFC 4474 definiert und von RFC 8224 übernommen, das RFC 4474 ablöst.</translation>
    </message>
    <message>
        <source>A terminating carrier or enterprise SBC configured to require STIR/SHAKEN receives a call from an interconnect that does not sign. The Identity header was added upstream but dropped by a B2BUA or SBC that does not pass unknown headers. Large Identity headers sent over UDP can also be lost when the INVITE is fragmented and a fragment is dropped.</source>
        <comment>seenWhen</comment>
        <translation>Ein terminierender Carrier oder ein Unternehmens-SBC, der STIR/SHAKEN verlangt, empfängt einen Anruf von einer Zusammenschaltung, die nicht signiert. Der Identity-Header wurde upstream hinzugefügt, aber von einem B2BUA oder SBC verworfen, der unbekannte Header nicht durchreicht. Große Identity-Header können über UDP auch verloren gehen, wenn das INVITE fragmentiert und ein Fragment verworfen wird.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, typically built into the terminating carrier&apos;s SBC or a proxy in front of the called user.</source>
        <comment>sentBy</comment>
        <translation>Ein STIR/SHAKEN-Verification-Service, typischerweise im SBC des terminierenden Carriers oder in einem Proxy vor dem angerufenen Teilnehmer integriert.</translation>
    </message>
    <message>
        <source>The request can be retried once it carries a valid Identity header. A routing engine without a signing path may try another route, but the same verifier will keep refusing unsigned calls.</source>
        <comment>retryNote</comment>
        <translation>Die Anfrage kann wiederholt werden, sobald sie einen gültigen Identity-Header enthält. Eine Routing-Engine ohne signierenden Pfad kann eine andere Route versuchen, doch derselbe Verifier wird unsignierte Anrufe weiterhin ablehnen.</translation>
    </message>
    <message>
        <source>Confirm whether the originating provider signs the call at all, by checking the INVITE leaving their network for an Identity header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie fest, ob der Ursprungsprovider den Anruf überhaupt signiert, indem Sie das INVITE beim Verlassen seines Netzes auf einen Identity-Header prüfen.</translation>
    </message>
    <message>
        <source>Trace the INVITE hop by hop and find the SBC or B2BUA that removes the Identity header, then allow it to pass.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Verfolgen Sie das INVITE Hop für Hop, ermitteln Sie das SBC bzw. den B2BUA, das bzw. der den Identity-Header entfernt, und sorgen Sie dafür, dass der Header dort durchgereicht wird.</translation>
    </message>
    <message>
        <source>Move the trunk to TCP or TLS if large INVITEs are being fragmented over UDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie den Trunk auf TCP oder TLS um, wenn große INVITEs über UDP fragmentiert werden.</translation>
    </message>
    <message>
        <source>If signing is not possible on that route, agree with the terminating side to relax its policy or route the call elsewhere.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Ist eine Signierung auf dieser Route nicht möglich, vereinbaren Sie mit der terminierenden Seite eine Lockerung ihrer Richtlinie oder routen Sie den Anruf anderweitig.</translation>
    </message>
    <message>
        <source>Absent in the rejected request; it must be present in the retry.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Fehlt in der abgelehnten Anfrage; beim erneuten Versuch muss er vorhanden sein.</translation>
    </message>
    <message>
        <source>A 436 means an Identity header was present but its certificate URL could not be fetched.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>Eine 436 bedeutet, dass ein Identity-Header vorhanden war, die Zertifikats-URL aber nicht abgerufen werden konnte.</translation>
    </message>
    <message>
        <source>A 438 means the Identity header was present but failed signature or claim checks.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>Eine 438 bedeutet, dass der Identity-Header vorhanden war, aber die Signatur- oder Claim-Prüfung nicht bestanden hat.</translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>Eine 437 bedeutet, dass das Zertifikat abgerufen wurde, aber nicht akzeptiert wird oder nicht vertrauenswürdig ist.</translation>
    </message>
</context>
<context>
    <name>sip:429</name>
    <message>
        <source>Provide Referrer Identity</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Identität des Verweisenden angeben</translation>
    </message>
    <message>
        <source>The refer target wants a valid Referred-By token proving who asked for the transfer.</source>
        <comment>summary</comment>
        <translation>Das Transferziel verlangt ein gültiges Referred-By-Token als Nachweis, wer den Transfer angefordert hat.</translation>
    </message>
    <message>
        <source>RFC 3892 lets the recipient of a request triggered by REFER see who originated the referral through the Referred-By header and an optional signed token. A 429 means the refer target would only accept the request if it carried a valid Referred-By token, and none was present or usable. The referee normally reports the 429 back to the referrer in a NOTIFY sipfrag body, so that the referrer can send a new REFER with a token.</source>
        <comment>description</comment>
        <translation>RFC 3892 ermöglicht es dem Empfänger einer durch REFER ausgelösten Anfrage, über den Referred-By-Header und ein optionales signiertes Token zu erkennen, wer den Verweis veranlasst hat. Eine 429 bedeutet, dass das Refer-Target die Anfrage nur mit einem gültigen Referred-By-Token akzeptieren würde und keines vorhanden oder verwendbar war. Der Referee meldet die 429 normalerweise in einem NOTIFY-sipfrag-Body an den Referrer zurück, damit dieser ein neues REFER mit Token senden kann.</translation>
    </message>
    <message>
        <source>Call transfers in security-conscious deployments where the transfer target requires authenticated referrals. It usually surfaces as a message/sipfrag body containing SIP/2.0 429 inside a NOTIFY for the refer subscription. Outside such environments it is rarely seen.</source>
        <comment>seenWhen</comment>
        <translation>Anrufübergaben in sicherheitsbewussten Umgebungen, in denen das Transferziel authentifizierte Verweise verlangt. Sie zeigt sich meist als message/sipfrag-Body mit SIP/2.0 429 in einem NOTIFY für die Refer-Subskription. Außerhalb solcher Umgebungen ist sie selten.</translation>
    </message>
    <message>
        <source>The transfer target, a UAS whose policy insists on an authenticated Referred-By before it acts on a referred request.</source>
        <comment>sentBy</comment>
        <translation>Das Transferziel, ein UAS, dessen Richtlinie auf einem authentifizierten Referred-By besteht, bevor er eine verwiesene Anfrage ausführt.</translation>
    </message>
    <message>
        <source>The referee cannot fix this alone. It should report the 429 to the referrer, which may issue a fresh REFER that includes a Referred-By token.</source>
        <comment>retryNote</comment>
        <translation>Der Referee kann das nicht allein beheben. Er sollte die 429 an den Referrer melden, der ein neues REFER mit einem Referred-By-Token senden kann.</translation>
    </message>
    <message>
        <source>Look at the NOTIFY bodies for the REFER to confirm the 429 came from the transfer target.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Sehen Sie sich die NOTIFY-Bodys zum REFER an, um zu bestätigen, dass die 429 vom Transferziel kam.</translation>
    </message>
    <message>
        <source>Check whether the referrer can produce a signed Referred-By token (an S/MIME message/sipfrag body) and enable it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Referrer ein signiertes Referred-By-Token (einen S/MIME-message/sipfrag-Body) erzeugen kann, und aktivieren Sie dies.</translation>
    </message>
    <message>
        <source>If the token is not feasible, review the target&apos;s policy on unauthenticated referrals.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ist das Token nicht umsetzbar, überprüfen Sie die Richtlinie des Ziels für nicht authentifizierte Verweise.</translation>
    </message>
    <message>
        <source>Shows who claims to have triggered the request and whether a token was referenced.</source>
        <comment>header Referred-By</comment>
        <extracomment>Why to inspect the Referred-By header</extracomment>
        <translation>Zeigt, wer behauptet, die Anfrage ausgelöst zu haben, und ob auf ein Token verwiesen wurde.</translation>
    </message>
    <message>
        <source>A 403 is a plain refusal; 429 says the request would be acceptable with proof of the referrer.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Eine 403 ist eine einfache Ablehnung; 429 besagt, dass die Anfrage mit einem Nachweis des Referrers akzeptabel wäre.</translation>
    </message>
    <message>
        <source>A 603 is a final decline by the user rather than a missing credential.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 ist eine endgültige Ablehnung durch den Teilnehmer und kein fehlender Nachweis.</translation>
    </message>
</context>
<context>
    <name>sip:430</name>
    <message>
        <source>Flow Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Flow fehlgeschlagen</translation>
    </message>
    <message>
        <source>SIP outbound: the edge proxy could not use the connection (flow) chosen for this registration.</source>
        <comment>summary</comment>
        <translation>SIP Outbound: Der Edge-Proxy konnte die für diese Registrierung gewählte Verbindung (Flow) nicht nutzen.</translation>
    </message>
    <message>
        <source>With RFC 5626 outbound, a UA keeps one or more persistent flows (TCP, TLS or WebSocket connections, or UDP with keepalives) to edge proxies, and the registrar records which flow each binding uses. A 430 tells the authoritative proxy that the flow named in the routing information is gone, so this binding cannot be reached over it. It is meant for the proxy chain only and should not be passed back to the caller.</source>
        <comment>description</comment>
        <translation>Bei SIP Outbound nach RFC 5626 hält ein UA einen oder mehrere persistente Flows (TCP-, TLS- oder WebSocket-Verbindungen oder UDP mit Keepalives) zu Edge-Proxys aufrecht, und der Registrar speichert, welchen Flow jedes Binding verwendet. Eine 430 teilt dem zuständigen Proxy mit, dass der in den Routing-Informationen genannte Flow nicht mehr besteht und dieses Binding darüber nicht erreichbar ist. Sie ist nur für die Proxy-Kette bestimmt und sollte nicht an den Anrufer zurückgegeben werden.</translation>
    </message>
    <message>
        <source>A phone or WebRTC client&apos;s TLS or WebSocket connection to the edge proxy has dropped (NAT timeout, Wi-Fi to LTE handover, client suspended) while its registration binding is still valid. Kamailio and OpenSIPS setups using the outbound and path modules produce it when a flow token no longer maps to a live connection. Callers then often see 480 from the authoritative proxy.</source>
        <comment>seenWhen</comment>
        <translation>Die TLS- oder WebSocket-Verbindung eines Telefons oder WebRTC-Clients zum Edge-Proxy ist abgebrochen (NAT-Timeout, Wechsel von WLAN zu LTE, Client im Ruhezustand), während seine Registrierung noch gültig ist. Kamailio- und OpenSIPS-Installationen mit den Modulen outbound und path erzeugen sie, wenn ein Flow-Token keiner aktiven Verbindung mehr zugeordnet ist. Anrufer sehen dann oft eine 480 vom zuständigen Proxy.</translation>
    </message>
    <message>
        <source>An edge proxy that supports SIP outbound, replying to the authoritative proxy when the flow referenced in the route has failed.</source>
        <comment>sentBy</comment>
        <translation>Ein Edge-Proxy mit SIP-Outbound-Unterstützung, der dem zuständigen Proxy antwortet, wenn der in der Route referenzierte Flow ausgefallen ist.</translation>
    </message>
    <message>
        <source>The authoritative proxy should immediately try another flow or binding for the same instance and may drop the failed binding. A 430 should never reach the calling UA; if no other flow works, answer the caller with 480.</source>
        <comment>retryNote</comment>
        <translation>Der zuständige Proxy sollte sofort einen anderen Flow oder ein anderes Binding derselben Instanz versuchen und kann das ausgefallene Binding verwerfen. Eine 430 sollte nie den anrufenden UA erreichen; funktioniert kein anderer Flow, antworten Sie dem Anrufer mit 480.</translation>
    </message>
    <message>
        <source>On the authoritative proxy, treat the binding as unusable and try the next flow or registration for the same instance.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Behandeln Sie das Binding auf dem zuständigen Proxy als unbrauchbar und versuchen Sie den nächsten Flow bzw. die nächste Registrierung derselben Instanz.</translation>
    </message>
    <message>
        <source>Check the UA keepalive settings (CRLF or STUN keepalives, Flow-Timer) and the NAT or firewall idle timeouts on the path.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Keepalive-Einstellungen des UA (CRLF- oder STUN-Keepalives, Flow-Timer) sowie die Idle-Timeouts von NAT oder Firewall auf dem Pfad.</translation>
    </message>
    <message>
        <source>Make sure the UA re-registers quickly after losing a connection so a fresh flow replaces the dead one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass sich der UA nach einem Verbindungsverlust schnell neu registriert, damit ein neuer Flow den ausgefallenen ersetzt.</translation>
    </message>
    <message>
        <source>Confirm the edge proxy and registrar agree on flow tokens, especially after an edge proxy restart or failover.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass Edge-Proxy und Registrar die Flow-Tokens übereinstimmend verwenden, insbesondere nach einem Neustart oder Failover des Edge-Proxys.</translation>
    </message>
    <message>
        <source>Recorded at registration; it carries the flow token and the ob parameter identifying the edge proxy.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation>Wird bei der Registrierung gespeichert; enthält das Flow-Token und den ob-Parameter, der den Edge-Proxy kennzeichnet.</translation>
    </message>
    <message>
        <source>The binding&apos;s +sip.instance and reg-id show which instance and flow failed.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>+sip.instance und reg-id des Bindings zeigen, welche Instanz und welcher Flow ausgefallen sind.</translation>
    </message>
    <message>
        <source>Tells the UA how often to send keepalives; too long a value lets NAT bindings expire.</source>
        <comment>header Flow-Timer</comment>
        <extracomment>Why to inspect the Flow-Timer header</extracomment>
        <translation>Teilt dem UA mit, wie oft er Keepalives senden soll; ein zu langer Wert lässt NAT-Bindings ablaufen.</translation>
    </message>
    <message>
        <source>A 480 is what the caller should see when no flow to the user works.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Eine 480 sollte der Anrufer sehen, wenn kein Flow zum Teilnehmer funktioniert.</translation>
    </message>
    <message>
        <source>A 439 is the registration-time outbound failure, when the edge proxy lacks outbound support.</source>
        <comment>related 439</comment>
        <extracomment>How 439 differs</extracomment>
        <translation>Eine 439 ist der Outbound-Fehler zum Zeitpunkt der Registrierung, wenn dem Edge-Proxy die Outbound-Unterstützung fehlt.</translation>
    </message>
    <message>
        <source>A 408 is what a proxy reports when a branch simply times out instead of failing fast.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Eine 408 meldet ein Proxy, wenn ein Branch einfach in einen Timeout läuft, statt schnell zu scheitern.</translation>
    </message>
</context>
<context>
    <name>sip:433</name>
    <message>
        <source>Anonymity Disallowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Anonymität nicht zulässig</translation>
    </message>
    <message>
        <source>The request was anonymous and the callee&apos;s or the network&apos;s policy rejects anonymous requests.</source>
        <comment>summary</comment>
        <translation>Die Anfrage war anonym, und die Richtlinie des Angerufenen oder des Netzes lehnt anonyme Anfragen ab.</translation>
    </message>
    <message>
        <source>The recipient refuses the request because the sender hid its identity, for example with Privacy: id, an anonymous From, or no asserted identity at all. It gives a clear, standard way to express anonymous call rejection instead of a generic 403 or 603. The caller can succeed by revealing its identity and trying again.</source>
        <comment>description</comment>
        <translation>Der Empfänger lehnt die Anfrage ab, weil der Absender seine Identität verborgen hat, zum Beispiel mit Privacy: id, einem anonymen From oder ganz ohne bestätigte Identität. Sie bietet einen klaren, standardisierten Weg, die Abweisung anonymer Anrufe auszudrücken, statt eines generischen 403 oder 603. Der Anrufer kann erfolgreich sein, indem er seine Identität offenlegt und es erneut versucht.</translation>
    </message>
    <message>
        <source>A caller with caller ID withheld (CLIR) dials a subscriber who has anonymous call rejection enabled. An enterprise SBC or PBX rejects calls whose From is sip:anonymous@anonymous.invalid. A trunk or upstream proxy adds Privacy: id or strips P-Asserted-Identity, so calls look anonymous even though the caller did not withhold the number.</source>
        <comment>seenWhen</comment>
        <translation>Ein Anrufer mit unterdrückter Rufnummer (CLIR) ruft einen Teilnehmer an, der die Abweisung anonymer Anrufe aktiviert hat. Ein Unternehmens-SBC oder eine TK-Anlage lehnt Anrufe ab, deren From sip:anonymous@anonymous.invalid lautet. Ein Trunk oder vorgelagerter Proxy fügt Privacy: id hinzu oder entfernt P-Asserted-Identity, sodass Anrufe anonym erscheinen, obwohl der Anrufer seine Rufnummer nicht unterdrückt hat.</translation>
    </message>
    <message>
        <source>A called UA, or a proxy or application server implementing an anonymous call rejection service for the callee.</source>
        <comment>sentBy</comment>
        <translation>Ein angerufener UA oder ein Proxy bzw. Application Server, der für den Angerufenen einen Dienst zur Abweisung anonymer Anrufe umsetzt.</translation>
    </message>
    <message>
        <source>The same anonymous request will always be rejected. Retry only with the caller&apos;s identity presented; routing elsewhere does not help because the policy belongs to the callee.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe anonyme Anfrage wird immer abgelehnt. Wiederholen Sie sie nur mit angezeigter Identität des Anrufers; ein Routing über andere Wege hilft nicht, da die Richtlinie zum Angerufenen gehört.</translation>
    </message>
    <message>
        <source>Check the From, Privacy and P-Asserted-Identity headers of the rejected INVITE to see why it was treated as anonymous.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Header From, Privacy und P-Asserted-Identity des abgelehnten INVITE, um zu sehen, warum es als anonym behandelt wurde.</translation>
    </message>
    <message>
        <source>If the caller withheld the number, present caller ID and call again.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Hat der Anrufer seine Rufnummer unterdrückt, lassen Sie sie anzeigen und rufen Sie erneut an.</translation>
    </message>
    <message>
        <source>If the caller did not withhold it, find the trunk, PBX or SBC that inserted Privacy: id or removed the asserted identity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Hat der Anrufer sie nicht unterdrückt, ermitteln Sie das Element (Trunk, TK-Anlage oder SBC), das Privacy: id eingefügt oder die bestätigte Identität entfernt hat.</translation>
    </message>
    <message>
        <source>If anonymous calls should be allowed, disable anonymous call rejection for that callee or policy.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Sollen anonyme Anrufe erlaubt sein, deaktivieren Sie die Abweisung anonymer Anrufe für diesen Angerufenen bzw. diese Richtlinie.</translation>
    </message>
    <message>
        <source>A value of id or user is a common reason for the request to be treated as anonymous.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation>Ein Wert von id oder user ist ein häufiger Grund dafür, dass die Anfrage als anonym behandelt wird.</translation>
    </message>
    <message>
        <source>An anonymous display name or anonymous.invalid host marks the call as anonymous.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation>Ein anonymer Anzeigename oder der Host anonymous.invalid kennzeichnet den Anruf als anonym.</translation>
    </message>
    <message>
        <source>A missing asserted identity in a trusted network can also trigger the rejection.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>Auch eine fehlende bestätigte Identität in einem vertrauenswürdigen Netz kann die Ablehnung auslösen.</translation>
    </message>
    <message>
        <source>A 403 is a generic policy refusal; 433 states that anonymity was the reason.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Eine 403 ist eine generische Ablehnung aufgrund einer Richtlinie; 433 gibt an, dass die Anonymität der Grund war.</translation>
    </message>
    <message>
        <source>A 603 is a decline by the user without saying why.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 ist eine Ablehnung durch den Teilnehmer ohne Angabe von Gründen.</translation>
    </message>
</context>
<context>
    <name>sip:436</name>
    <message>
        <source>Bad Identity Info</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültige Identity-Info</translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header could not be fetched or uses an unsupported scheme.</source>
        <comment>summary</comment>
        <translation>Die Zertifikats-URL im Identity-Header konnte nicht abgerufen werden oder verwendet ein nicht unterstütztes Schema.</translation>
    </message>
    <message>
        <source>The request carried an Identity header, but the verifier could not retrieve the credential it points to through the info parameter (in SHAKEN, the certificate URL that also appears as x5u in the PASSporT). The URI may be unreachable, return an error, or use a scheme the verifier does not support. The name was registered as Bad Identity-Info with RFC 4474 and changed to Bad Identity Info with RFC 8224.</source>
        <comment>description</comment>
        <translation>Die Anfrage enthielt einen Identity-Header, doch der Verifier konnte die Berechtigungsnachweise, auf die der info-Parameter verweist, nicht abrufen (bei SHAKEN die Zertifikats-URL, die im PASSporT auch als x5u erscheint). Die URI kann unerreichbar sein, einen Fehler zurückgeben oder ein Schema verwenden, das der Verifier nicht unterstützt. Der Name wurde mit RFC 4474 als Bad Identity-Info registriert und mit RFC 8224 in Bad Identity Info geändert.</translation>
    </message>
    <message>
        <source>A terminating carrier&apos;s verification service cannot reach the signing provider&apos;s certificate repository because of DNS failure, a TLS error, an HTTP 404 or a firewall blocking outbound HTTPS. The signing side publishes the certificate on an internal host or uses an http: URL the verifier refuses. Verification timeouts under load can also produce it.</source>
        <comment>seenWhen</comment>
        <translation>Der Verification-Service eines terminierenden Carriers kann das Zertifikats-Repository des signierenden Providers nicht erreichen, wegen eines DNS-Fehlers, eines TLS-Fehlers, eines HTTP-404 oder einer Firewall, die ausgehendes HTTPS blockiert. Die signierende Seite veröffentlicht das Zertifikat auf einem internen Host oder verwendet eine http:-URL, die der Verifier ablehnt. Auch Verifikations-Timeouts unter Last können sie verursachen.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>Ein STIR/SHAKEN-Verification-Service, meist im SBC des terminierenden Carriers oder in einem Proxy vor dem angerufenen Teilnehmer, wenn er so eingestellt ist, dass er Anrufe mit fehlgeschlagener Verifikation ablehnt.</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>Die Wiederholung derselben signierten Anfrage führt zum selben Ergebnis. Der Anruf kann erst erfolgreich sein, wenn die Ursprungsseite ihre Signierung korrigiert oder der Pfad die Anfrage nicht mehr verändert; ein Router kann eine Route versuchen, die den Anruf mit gültiger Signatur zustellt.</translation>
    </message>
    <message>
        <source>Take the info URL from the Identity header and fetch it from the verifier&apos;s network, checking DNS, TLS and the HTTP status.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Entnehmen Sie die info-URL dem Identity-Header und rufen Sie sie aus dem Netz des Verifiers ab; prüfen Sie dabei DNS, TLS und den HTTP-Status.</translation>
    </message>
    <message>
        <source>Make sure the certificate repository is public, served over HTTPS and returns the certificate chain with the expected content type.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass das Zertifikats-Repository öffentlich ist, über HTTPS bereitgestellt wird und die Zertifikatskette mit dem erwarteten Content-Type zurückgibt.</translation>
    </message>
    <message>
        <source>Open outbound HTTPS from the verification service and check its fetch timeout and cache.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Erlauben Sie ausgehendes HTTPS vom Verification-Service und prüfen Sie dessen Abruf-Timeout und Cache.</translation>
    </message>
    <message>
        <source>Ask the signing provider to correct the URL if it points to an unreachable or internal host.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Bitten Sie den signierenden Provider, die URL zu korrigieren, wenn sie auf einen unerreichbaren oder internen Host verweist.</translation>
    </message>
    <message>
        <source>Its info parameter, and the x5u claim inside the PASSporT, name the certificate URL to test.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Sein info-Parameter und der x5u-Claim im PASSporT nennen die zu prüfende Zertifikats-URL.</translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>Eine 437 bedeutet, dass das Zertifikat abgerufen wurde, aber nicht akzeptiert wird oder nicht vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>A 438 means the signature or claims themselves failed verification.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>Eine 438 bedeutet, dass die Signatur oder die Claims selbst die Verifikation nicht bestanden haben.</translation>
    </message>
    <message>
        <source>A 428 means there was no Identity header to check at all.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation>Eine 428 bedeutet, dass überhaupt kein Identity-Header zum Prüfen vorhanden war.</translation>
    </message>
</context>
<context>
    <name>sip:437</name>
    <message>
        <source>Unsupported Credential</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht unterstützter Berechtigungsnachweis</translation>
    </message>
    <message>
        <source>The verifier fetched the signing certificate but does not support or trust it.</source>
        <comment>summary</comment>
        <translation>Der Verifier hat das Signaturzertifikat abgerufen, unterstützt es aber nicht oder vertraut ihm nicht.</translation>
    </message>
    <message>
        <source>The credential referenced by the Identity header was retrieved, but the verifier cannot use it: the certificate type or algorithm is not supported, or it does not chain to an authority the verifier trusts. RFC 4474 registered this code as Unsupported Certificate; RFC 8224 renamed it to cover credentials in general.</source>
        <comment>description</comment>
        <translation>Der vom Identity-Header referenzierte Berechtigungsnachweis wurde abgerufen, doch der Verifier kann ihn nicht verwenden: Zertifikatstyp oder Algorithmus werden nicht unterstützt, oder die Kette führt nicht zu einer Zertifizierungsstelle, der der Verifier vertraut. RFC 4474 registrierte diesen Code als Unsupported Certificate; RFC 8224 benannte ihn um, sodass er Berechtigungsnachweise allgemein abdeckt.</translation>
    </message>
    <message>
        <source>In STIR/SHAKEN, a certificate issued by a CA that is not on the verifier&apos;s list of approved STI-CAs is rejected this way. It also happens when a verifier&apos;s trust store is outdated after a new CA is approved, or when a test certificate is used on a production interconnect.</source>
        <comment>seenWhen</comment>
        <translation>Bei STIR/SHAKEN wird ein Zertifikat auf diese Weise abgelehnt, wenn es von einer CA ausgestellt wurde, die nicht auf der Liste der zugelassenen STI-CAs des Verifiers steht. Es passiert auch, wenn der Trust Store eines Verifiers nach der Zulassung einer neuen CA veraltet ist oder wenn ein Testzertifikat auf einer produktiven Zusammenschaltung verwendet wird.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>Ein STIR/SHAKEN-Verification-Service, meist im SBC des terminierenden Carriers oder in einem Proxy vor dem angerufenen Teilnehmer, wenn er so eingestellt ist, dass er Anrufe mit fehlgeschlagener Verifikation ablehnt.</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>Die Wiederholung derselben signierten Anfrage führt zum selben Ergebnis. Der Anruf kann erst erfolgreich sein, wenn die Ursprungsseite ihre Signierung korrigiert oder der Pfad die Anfrage nicht mehr verändert; ein Router kann eine Route versuchen, die den Anruf mit gültiger Signatur zustellt.</translation>
    </message>
    <message>
        <source>Download the certificate from the info URL and check its issuer chain against the verifier&apos;s trust anchors.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Laden Sie das Zertifikat von der info-URL herunter und prüfen Sie seine Ausstellerkette gegen die Vertrauensanker des Verifiers.</translation>
    </message>
    <message>
        <source>Update the verifier&apos;s trust list of authorised certificate authorities if it is outdated.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktualisieren Sie die Vertrauensliste des Verifiers mit den zugelassenen Zertifizierungsstellen, falls sie veraltet ist.</translation>
    </message>
    <message>
        <source>Check the certificate&apos;s algorithm and extensions, for example ES256 keys and the TN authorization list extension used in SHAKEN.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie Algorithmus und Erweiterungen des Zertifikats, zum Beispiel ES256-Schlüssel und die bei SHAKEN verwendete Erweiterung TN Authorization List.</translation>
    </message>
    <message>
        <source>Ask the signing provider to use a certificate from an approved authority if the chain is genuinely untrusted.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Bitten Sie den signierenden Provider, ein Zertifikat einer zugelassenen Zertifizierungsstelle zu verwenden, wenn die Kette tatsächlich nicht vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>Points to the credential that was refused; use its info URL to fetch and inspect the certificate.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Verweist auf den abgelehnten Berechtigungsnachweis; verwenden Sie seine info-URL, um das Zertifikat abzurufen und zu prüfen.</translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched at all.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>Eine 436 bedeutet, dass der Berechtigungsnachweis überhaupt nicht abgerufen werden konnte.</translation>
    </message>
    <message>
        <source>A 438 means the credential was fine but the signature or claims did not verify.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>Eine 438 bedeutet, dass der Berechtigungsnachweis in Ordnung war, Signatur oder Claims aber nicht verifiziert werden konnten.</translation>
    </message>
    <message>
        <source>A 428 means the request arrived without an Identity header.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation>Eine 428 bedeutet, dass die Anfrage ohne Identity-Header ankam.</translation>
    </message>
</context>
<context>
    <name>sip:438</name>
    <message>
        <source>Invalid Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültiger Identity-Header</translation>
    </message>
    <message>
        <source>The Identity header&apos;s signature or its claims did not verify against the request.</source>
        <comment>summary</comment>
        <translation>Signatur oder Claims des Identity-Headers ließen sich nicht gegen die Anfrage verifizieren.</translation>
    </message>
    <message>
        <source>The verifier obtained a usable credential, but the Identity header failed validation: the signature is wrong, the header is malformed, or the signed claims (such as the originating and destination numbers) do not match the request as received. Stale signatures are handled separately with 403 and the reason phrase Stale Date. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation>Der Verifier hat einen verwendbaren Berechtigungsnachweis erhalten, doch der Identity-Header hat die Validierung nicht bestanden: Die Signatur ist falsch, der Header ist fehlerhaft, oder die signierten Claims (etwa Ursprungs- und Zielrufnummer) stimmen nicht mit der empfangenen Anfrage überein. Veraltete Signaturen werden gesondert mit 403 und der Reason-Phrase Stale Date behandelt. Der Code wurde erstmals in RFC 4474 definiert und von RFC 8224 übernommen, das RFC 4474 ablöst.</translation>
    </message>
    <message>
        <source>A B2BUA or SBC rewrites the From or To number after the call was signed, for example adding or stripping a + or a national prefix, so orig or dest in the PASSporT no longer matches. The header is truncated or altered by a device that folds or re-encodes long headers. The signer uses a private key that does not match the published certificate.</source>
        <comment>seenWhen</comment>
        <translation>Ein B2BUA oder SBC schreibt die From- oder To-Rufnummer nach der Signierung um, etwa durch Hinzufügen oder Entfernen eines + oder einer nationalen Vorwahl, sodass orig oder dest im PASSporT nicht mehr übereinstimmen. Der Header wird von einem Gerät, das lange Header umbricht oder neu kodiert, abgeschnitten oder verändert. Der Signierer verwendet einen privaten Schlüssel, der nicht zum veröffentlichten Zertifikat passt.</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>Ein STIR/SHAKEN-Verification-Service, meist im SBC des terminierenden Carriers oder in einem Proxy vor dem angerufenen Teilnehmer, wenn er so eingestellt ist, dass er Anrufe mit fehlgeschlagener Verifikation ablehnt.</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>Die Wiederholung derselben signierten Anfrage führt zum selben Ergebnis. Der Anruf kann erst erfolgreich sein, wenn die Ursprungsseite ihre Signierung korrigiert oder der Pfad die Anfrage nicht mehr verändert; ein Router kann eine Route versuchen, die den Anruf mit gültiger Signatur zustellt.</translation>
    </message>
    <message>
        <source>Decode the PASSporT in the Identity header and compare its orig and dest numbers with From, P-Asserted-Identity and To in the received INVITE.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Dekodieren Sie das PASSporT im Identity-Header und vergleichen Sie dessen orig- und dest-Rufnummern mit From, P-Asserted-Identity und To im empfangenen INVITE.</translation>
    </message>
    <message>
        <source>Find any hop that manipulates numbers after signing and move the manipulation before the authentication service, or re-sign after it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Ermitteln Sie jeden Hop, der nach der Signierung Rufnummern manipuliert, und verlegen Sie die Manipulation vor den Authentication-Service oder signieren Sie danach neu.</translation>
    </message>
    <message>
        <source>Check that the Identity header arrives unmodified and complete, without line folding or truncation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Identity-Header unverändert und vollständig ankommt, ohne Zeilenumbruch (Line Folding) oder Kürzung.</translation>
    </message>
    <message>
        <source>Confirm with the signing provider that the key used matches the certificate at the info URL.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Klären Sie mit dem signierenden Provider, ob der verwendete Schlüssel zum Zertifikat unter der info-URL passt.</translation>
    </message>
    <message>
        <source>Decode the PASSporT and check the signature, orig, dest and iat claims.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>Dekodieren Sie das PASSporT und prüfen Sie die Signatur sowie die Claims orig, dest und iat.</translation>
    </message>
    <message>
        <source>Often the number compared against the orig claim; rewriting it breaks verification.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>Häufig die Rufnummer, die mit dem orig-Claim verglichen wird; wird sie umgeschrieben, schlägt die Verifikation fehl.</translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched, so verification never started.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>Eine 436 bedeutet, dass der Berechtigungsnachweis nicht abgerufen werden konnte und die Verifikation daher gar nicht begann.</translation>
    </message>
    <message>
        <source>A 437 means the credential was fetched but not trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>Eine 437 bedeutet, dass der Berechtigungsnachweis abgerufen wurde, aber nicht vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>RFC 8224 uses 403 with reason Stale Date when the signature is too old, not 438.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>RFC 8224 verwendet bei einer zu alten Signatur 403 mit dem Grund Stale Date, nicht 438.</translation>
    </message>
</context>
<context>
    <name>sip:439</name>
    <message>
        <source>First Hop Lacks Outbound Support</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Erster Hop ohne Outbound-Unterstützung</translation>
    </message>
    <message>
        <source>The UA asked for SIP outbound, but the edge proxy in front of the registrar did not signal outbound support.</source>
        <comment>summary</comment>
        <translation>Der UA hat SIP Outbound angefordert, doch der Edge-Proxy vor dem Registrar hat keine Outbound-Unterstützung signalisiert.</translation>
    </message>
    <message>
        <source>A UA using RFC 5626 outbound registers with a reg-id and +sip.instance in its Contact, expecting the first-hop edge proxy to maintain the flow. The registrar supports outbound but finds no sign that the first hop does, usually because the Path header is missing or lacks the ob parameter. It refuses the outbound registration so the UA can decide how to proceed.</source>
        <comment>description</comment>
        <translation>Ein UA mit SIP Outbound nach RFC 5626 registriert sich mit reg-id und +sip.instance in seinem Contact und erwartet, dass der Edge-Proxy am ersten Hop den Flow aufrechterhält. Der Registrar unterstützt Outbound, findet aber keinen Hinweis darauf, dass der erste Hop es ebenfalls tut, meist weil der Path-Header fehlt oder keinen ob-Parameter enthält. Er lehnt die Outbound-Registrierung ab, damit der UA entscheiden kann, wie er weiter vorgeht.</translation>
    </message>
    <message>
        <source>Linphone, JsSIP, SIP.js or other WebRTC and mobile clients with outbound enabled register through an SBC or proxy that does not implement RFC 5626. A Kamailio edge proxy has the path module loaded but not the outbound module, so it adds Path without ob. A middlebox strips the Path header before the registrar sees it.</source>
        <comment>seenWhen</comment>
        <translation>Linphone, JsSIP, SIP.js oder andere WebRTC- und Mobil-Clients mit aktiviertem Outbound registrieren sich über ein SBC oder einen Proxy, der RFC 5626 nicht implementiert. Auf einem Kamailio-Edge-Proxy ist das Modul path geladen, das Modul outbound jedoch nicht, sodass er Path ohne ob hinzufügt. Eine Middlebox entfernt den Path-Header, bevor der Registrar ihn sieht.</translation>
    </message>
    <message>
        <source>A registrar that implements SIP outbound and receives an outbound-style registration through a first hop that does not advertise outbound.</source>
        <comment>sentBy</comment>
        <translation>Ein Registrar, der SIP Outbound implementiert und eine Registrierung im Outbound-Stil über einen ersten Hop empfängt, der keine Outbound-Unterstützung ankündigt.</translation>
    </message>
    <message>
        <source>The UA may re-register at once without the reg-id parameter, giving up outbound, or try a different edge proxy that supports it. Repeating the same REGISTER through the same edge proxy will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Der UA kann sich sofort ohne den Parameter reg-id neu registrieren und damit auf Outbound verzichten oder einen anderen Edge-Proxy versuchen, der es unterstützt. Dasselbe REGISTER über denselben Edge-Proxy wird erneut abgelehnt.</translation>
    </message>
    <message>
        <source>Check the REGISTER as it reaches the registrar for a Path header and an ob parameter on it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie das REGISTER, wie es beim Registrar ankommt, auf einen Path-Header mit ob-Parameter.</translation>
    </message>
    <message>
        <source>Enable outbound support on the edge proxy, for example the outbound and path modules in Kamailio.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie die Outbound-Unterstützung auf dem Edge-Proxy, zum Beispiel die Module outbound und path in Kamailio.</translation>
    </message>
    <message>
        <source>If the edge cannot support outbound, turn off outbound on the UA so it registers without reg-id.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Kann der Edge-Proxy Outbound nicht unterstützen, deaktivieren Sie Outbound auf dem UA, damit er sich ohne reg-id registriert.</translation>
    </message>
    <message>
        <source>Make sure no SBC between the edge proxy and the registrar removes Path headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass kein SBC zwischen Edge-Proxy und Registrar Path-Header entfernt.</translation>
    </message>
    <message>
        <source>Should carry the ob parameter when the first hop supports outbound.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation>Sollte den ob-Parameter enthalten, wenn der erste Hop Outbound unterstützt.</translation>
    </message>
    <message>
        <source>The reg-id and +sip.instance parameters show the UA asked for outbound.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Die Parameter reg-id und +sip.instance zeigen, dass der UA Outbound angefordert hat.</translation>
    </message>
    <message>
        <source>Should list outbound on the REGISTER.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Sollte im REGISTER outbound aufführen.</translation>
    </message>
    <message>
        <source>A 430 is the outbound failure seen later, when a registered flow has died.</source>
        <comment>related 430</comment>
        <extracomment>How 430 differs</extracomment>
        <translation>Eine 430 ist der später auftretende Outbound-Fehler, wenn ein registrierter Flow ausgefallen ist.</translation>
    </message>
    <message>
        <source>A 421 is the general case of a missing required extension.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Eine 421 ist der allgemeine Fall einer fehlenden erforderlichen Erweiterung.</translation>
    </message>
    <message>
        <source>A 420 appears if outbound was placed in Require and the peer does not support it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 tritt auf, wenn outbound in Require eingetragen wurde und die Gegenstelle es nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>sip:440</name>
    <message>
        <source>Max-Breadth Exceeded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Max-Breadth überschritten</translation>
    </message>
    <message>
        <source>The proxy cannot fork the request because the Max-Breadth budget for parallel branches is used up.</source>
        <comment>summary</comment>
        <translation>Der Proxy kann die Anfrage nicht forken, weil das Max-Breadth-Budget für parallele Branches aufgebraucht ist.</translation>
    </message>
    <message>
        <source>RFC 5393 added the Max-Breadth header to stop forking proxies from multiplying one request into an explosion of branches. Each proxy shares the available breadth among the parallel branches it creates, and when too little is left to create the branches it needs, it answers 440. The default starting value is 60.</source>
        <comment>description</comment>
        <translation>RFC 5393 hat den Max-Breadth-Header eingeführt, um zu verhindern, dass forkende Proxys eine Anfrage explosionsartig in Branches vervielfachen. Jeder Proxy verteilt die verfügbare Breite auf die parallelen Branches, die er erzeugt, und wenn zu wenig übrig ist, um die benötigten Branches zu erzeugen, antwortet er mit 440. Der Standard-Startwert ist 60.</translation>
    </message>
    <message>
        <source>Large ring-all hunt groups where each member also has several registered devices, so successive proxies fork again and again. Chains of PBXs and hosted services that each fork the call in parallel. A forking loop between two proxies whose aliases point at each other is cut off by Max-Breadth before Max-Forwards reaches zero.</source>
        <comment>seenWhen</comment>
        <translation>Große Sammelrufgruppen (Ring-All), bei denen jedes Mitglied zusätzlich mehrere registrierte Geräte hat, sodass aufeinanderfolgende Proxys immer wieder forken. Ketten aus TK-Anlagen und gehosteten Diensten, die den Anruf jeweils parallel forken. Eine Forking-Schleife zwischen zwei Proxys, deren Aliase aufeinander verweisen, wird durch Max-Breadth abgeschnitten, bevor Max-Forwards null erreicht.</translation>
    </message>
    <message>
        <source>A forking proxy that implements RFC 5393 and does not have enough Max-Breadth left to create the branches its routing logic requires.</source>
        <comment>sentBy</comment>
        <translation>Ein forkender Proxy, der RFC 5393 implementiert und nicht mehr genug Max-Breadth übrig hat, um die von seiner Routing-Logik geforderten Branches zu erzeugen.</translation>
    </message>
    <message>
        <source>Retrying unchanged will hit the same limit. The forking design or routing loop has to be fixed; a client retry does not help.</source>
        <comment>retryNote</comment>
        <translation>Ein unveränderter erneuter Versuch stößt an dieselbe Grenze. Das Forking-Design oder die Routing-Schleife muss korrigiert werden; ein erneuter Versuch des Clients hilft nicht.</translation>
    </message>
    <message>
        <source>Follow the Max-Breadth value hop by hop in the trace to see where the budget ran out.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Verfolgen Sie den Max-Breadth-Wert im Trace Hop für Hop, um zu sehen, wo das Budget aufgebraucht war.</translation>
    </message>
    <message>
        <source>Reduce parallel fan-out: use sequential forking or smaller ring groups, or limit contacts per user.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reduzieren Sie die parallele Auffächerung: Verwenden Sie sequenzielles Forking oder kleinere Rufgruppen, oder begrenzen Sie die Contacts pro Teilnehmer.</translation>
    </message>
    <message>
        <source>Look for forking loops where proxies route the same target back and forth.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Suchen Sie nach Forking-Schleifen, in denen Proxys dasselbe Ziel hin und her routen.</translation>
    </message>
    <message>
        <source>Raise the initial Max-Breadth at the first proxy only if the fan-out is legitimate.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Erhöhen Sie den initialen Max-Breadth-Wert am ersten Proxy nur, wenn die Auffächerung legitim ist.</translation>
    </message>
    <message>
        <source>The remaining parallel-forking budget on the request at each hop.</source>
        <comment>header Max-Breadth</comment>
        <extracomment>Why to inspect the Max-Breadth header</extracomment>
        <translation>Das verbleibende Budget für paralleles Forking der Anfrage an jedem Hop.</translation>
    </message>
    <message>
        <source>Shows the path the request took and reveals repeated forking proxies.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Zeigt den Pfad der Anfrage und macht wiederholt forkende Proxys sichtbar.</translation>
    </message>
    <message>
        <source>Together with Max-Breadth, shows how deep and wide the request has spread.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>Zeigt zusammen mit Max-Breadth, wie tief und wie breit sich die Anfrage ausgebreitet hat.</translation>
    </message>
    <message>
        <source>A 482 catches a request that comes back to the same proxy unchanged.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>Eine 482 erkennt eine Anfrage, die unverändert zum selben Proxy zurückkehrt.</translation>
    </message>
    <message>
        <source>A 483 limits how many hops a request may take; 440 limits how wide it may fork.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>Eine 483 begrenzt, wie viele Hops eine Anfrage durchlaufen darf; 440 begrenzt, wie breit sie geforkt werden darf.</translation>
    </message>
</context>
<context>
    <name>sip:469</name>
    <message>
        <source>Bad Info Package</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültiges Info-Package</translation>
    </message>
    <message>
        <source>An INFO request used an Info Package the receiver never said it would accept.</source>
        <comment>summary</comment>
        <translation>Eine INFO-Anfrage verwendete ein Info-Package, dessen Annahme der Empfänger nie angekündigt hat.</translation>
    </message>
    <message>
        <source>With the RFC 6086 INFO framework, each side lists the Info Packages it is willing to receive in a Recv-Info header during dialog setup or later. When an INFO arrives with an Info-Package value the receiver did not announce, it answers 469 and includes Recv-Info listing the packages it will take. The failure affects only that INFO; the dialog and call continue.</source>
        <comment>description</comment>
        <translation>Im INFO-Framework nach RFC 6086 listet jede Seite beim Dialogaufbau oder später in einem Recv-Info-Header die Info-Packages auf, die sie empfangen will. Trifft ein INFO mit einem Info-Package-Wert ein, den der Empfänger nicht angekündigt hat, antwortet er mit 469 und fügt Recv-Info mit den Packages bei, die er annimmt. Der Fehler betrifft nur dieses INFO; Dialog und Anruf laufen weiter.</translation>
    </message>
    <message>
        <source>A gateway sends DTMF or other application data in INFO with an Info-Package header the far end never listed in Recv-Info. A B2BUA or SBC drops the Recv-Info header from the INVITE or 200 OK, so the two ends disagree about what was negotiated. Legacy INFO without an Info-Package header does not trigger 469.</source>
        <comment>seenWhen</comment>
        <translation>Ein Gateway sendet DTMF oder andere Anwendungsdaten per INFO mit einem Info-Package-Header, den die Gegenseite nie in Recv-Info aufgeführt hat. Ein B2BUA oder SBC entfernt den Recv-Info-Header aus dem INVITE oder der 200 OK, sodass sich beide Enden über das Ausgehandelte uneinig sind. Ein herkömmliches INFO ohne Info-Package-Header löst keine 469 aus.</translation>
    </message>
    <message>
        <source>The UA at the far end of the dialog, answering an INFO whose Info-Package it did not ask to receive.</source>
        <comment>sentBy</comment>
        <translation>Der UA am anderen Ende des Dialogs, der auf ein INFO antwortet, dessen Info-Package er nicht angefordert hat.</translation>
    </message>
    <message>
        <source>Only send INFO for a package listed in the peer&apos;s Recv-Info. The dialog is unaffected, so the sender can renegotiate packages with a re-INVITE or UPDATE and try again.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie INFO nur für ein Package, das im Recv-Info der Gegenstelle aufgeführt ist. Der Dialog ist nicht betroffen, sodass der Absender die Packages per Re-INVITE oder UPDATE neu aushandeln und es erneut versuchen kann.</translation>
    </message>
    <message>
        <source>Read the Recv-Info header in the 469 to see which packages the receiver accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Recv-Info-Header in der 469, um zu sehen, welche Packages der Empfänger akzeptiert.</translation>
    </message>
    <message>
        <source>Check the INVITE, 200 OK and any UPDATE for Recv-Info and confirm the package was announced.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie INVITE, 200 OK und etwaige UPDATEs auf Recv-Info und stellen Sie sicher, dass das Package angekündigt wurde.</translation>
    </message>
    <message>
        <source>Make sure B2BUAs and SBCs on the path pass Recv-Info and Info-Package headers through.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass B2BUAs und SBCs auf dem Pfad die Header Recv-Info und Info-Package durchreichen.</translation>
    </message>
    <message>
        <source>For DTMF, consider RFC 4733 telephone-events in the media path instead of INFO if the peers cannot agree on a package.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Erwägen Sie für DTMF telephone-events nach RFC 4733 im Medienpfad statt INFO, wenn sich die Gegenstellen nicht auf ein Package einigen können.</translation>
    </message>
    <message>
        <source>Lists the Info Packages the receiver is willing to accept.</source>
        <comment>header Recv-Info</comment>
        <extracomment>Why to inspect the Recv-Info header</extracomment>
        <translation>Listet die Info-Packages auf, die der Empfänger anzunehmen bereit ist.</translation>
    </message>
    <message>
        <source>The package the rejected INFO claimed to carry.</source>
        <comment>header Info-Package</comment>
        <extracomment>Why to inspect the Info-Package header</extracomment>
        <translation>Das Package, das das abgelehnte INFO angeblich transportierte.</translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type; 469 rejects the Info Package itself.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Eine 415 lehnt den Medientyp des Bodys ab; 469 lehnt das Info-Package selbst ab.</translation>
    </message>
    <message>
        <source>A 489 is the SUBSCRIBE/NOTIFY counterpart for an unknown event package.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>Eine 489 ist das SUBSCRIBE/NOTIFY-Gegenstück für ein unbekanntes Event-Package.</translation>
    </message>
    <message>
        <source>A 481 to an INFO means the dialog itself no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Eine 481 auf ein INFO bedeutet, dass der Dialog selbst nicht mehr existiert.</translation>
    </message>
</context>
<context>
    <name>sip:470</name>
    <message>
        <source>Consent Needed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Zustimmung erforderlich</translation>
    </message>
    <message>
        <source>A relay will not forward to some recipients because they have not given consent to receive traffic.</source>
        <comment>summary</comment>
        <translation>Ein Relay leitet an einige Empfänger nicht weiter, weil diese dem Empfang von Verkehr nicht zugestimmt haben.</translation>
    </message>
    <message>
        <source>RFC 5360 defines a consent framework for relays, such as URI-list servers, that turn one request into traffic toward other addresses. A 470 says at least one target has not granted permission for this sender, and the response lists the affected URIs in a Permission-Missing header. The sender can ask those recipients for consent and retry once it has been granted.</source>
        <comment>description</comment>
        <translation>RFC 5360 definiert ein Consent-Framework für Relays wie URI-List-Server, die eine Anfrage in Verkehr an andere Adressen umsetzen. Eine 470 besagt, dass mindestens ein Ziel diesem Absender keine Erlaubnis erteilt hat, und die Antwort listet die betroffenen URIs in einem Permission-Missing-Header auf. Der Absender kann diese Empfänger um Zustimmung bitten und es erneut versuchen, sobald sie erteilt wurde.</translation>
    </message>
    <message>
        <source>A client sends a MESSAGE or INVITE with a URI list to an exploder or conference service that enforces consent. A relay that translates an address into other destinations refuses to forward to targets that have not opted in. It is uncommon outside deployments that implement the consent framework.</source>
        <comment>seenWhen</comment>
        <translation>Ein Client sendet eine MESSAGE oder ein INVITE mit einer URI-Liste an einen Exploder oder Konferenzdienst, der die Zustimmung durchsetzt. Ein Relay, das eine Adresse in andere Ziele übersetzt, leitet nicht an Ziele weiter, die nicht eingewilligt haben. Außerhalb von Umgebungen, die das Consent-Framework implementieren, ist sie ungewöhnlich.</translation>
    </message>
    <message>
        <source>A relay such as a URI-list server or translating proxy that requires recipient consent before forwarding requests to them.</source>
        <comment>sentBy</comment>
        <translation>Ein Relay wie ein URI-List-Server oder übersetzender Proxy, der die Zustimmung der Empfänger verlangt, bevor er Anfragen an sie weiterleitet.</translation>
    </message>
    <message>
        <source>Retry after consent has been granted or without the targets listed in Permission-Missing. Sending the same request again before that will be refused.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage, nachdem die Zustimmung erteilt wurde, oder ohne die in Permission-Missing aufgeführten Ziele. Wird dieselbe Anfrage vorher erneut gesendet, wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which target URIs lack consent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Permission-Missing-Header, um zu sehen, für welche Ziel-URIs die Zustimmung fehlt.</translation>
    </message>
    <message>
        <source>Trigger consent requests toward those targets using the mechanism the relay supports, then wait for them to accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lösen Sie über den vom Relay unterstützten Mechanismus Zustimmungsanfragen an diese Ziele aus und warten Sie, bis sie zustimmen.</translation>
    </message>
    <message>
        <source>Remove the targets that have not consented and resend the request for the rest.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Entfernen Sie die Ziele, die nicht zugestimmt haben, und senden Sie die Anfrage für die übrigen erneut.</translation>
    </message>
    <message>
        <source>Lists the URIs for which the relay has no permission.</source>
        <comment>header Permission-Missing</comment>
        <extracomment>Why to inspect the Permission-Missing header</extracomment>
        <translation>Listet die URIs auf, für die das Relay keine Erlaubnis hat.</translation>
    </message>
    <message>
        <source>Used by the sender to ask the relay to start the consent request toward the targets.</source>
        <comment>header Trigger-Consent</comment>
        <extracomment>Why to inspect the Trigger-Consent header</extracomment>
        <translation>Wird vom Absender verwendet, um das Relay aufzufordern, die Zustimmungsanfrage an die Ziele zu starten.</translation>
    </message>
    <message>
        <source>A 403 is an outright policy refusal with no route to fixing it by obtaining consent.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Eine 403 ist eine klare Ablehnung aufgrund einer Richtlinie, die sich nicht durch Einholen einer Zustimmung beheben lässt.</translation>
    </message>
    <message>
        <source>A 603 is a decline by the called user, not a missing permission at a relay.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 ist eine Ablehnung durch den angerufenen Teilnehmer, keine fehlende Erlaubnis an einem Relay.</translation>
    </message>
</context>
<context>
    <name>sip:477</name>
    <message>
        <source>Unfortunately error on sending to next hop occurred</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Leider ist beim Senden an den nächsten Hop ein Fehler aufgetreten</translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not send the request to the next hop (connect or send failure).</source>
        <comment>summary</comment>
        <translation>Kamailio/OpenSIPS konnte die Anfrage nicht an den nächsten Hop senden (Verbindungs- oder Sendefehler).</translation>
    </message>
    <message>
        <source>SER-derived proxies turn their internal send error into a 477 reply when a request cannot be written to the chosen destination. The cause is local to the proxy&apos;s transport layer, for example a refused TCP connection, a TLS handshake failure, a missing listening socket for the needed protocol, or an unreachable network. The reason phrase usually carries a suffix such as (477/TM) or (477/SL) showing which module replied.</source>
        <comment>description</comment>
        <translation>Von SER abgeleitete Proxys setzen ihren internen Sendefehler in eine 477-Antwort um, wenn eine Anfrage nicht an das gewählte Ziel geschrieben werden kann. Die Ursache liegt lokal in der Transportschicht des Proxys, zum Beispiel eine abgewiesene TCP-Verbindung, ein fehlgeschlagener TLS-Handshake, ein fehlender Listening-Socket für das benötigte Protokoll oder ein nicht erreichbares Netz. Die Reason-Phrase enthält meist ein Suffix wie (477/TM) oder (477/SL), das zeigt, welches Modul geantwortet hat.</translation>
    </message>
    <message>
        <source>A t_relay() toward a TCP or TLS destination that is down or blocked, with log lines such as tcp_send failed or sending request on branch 0 failed. A large INVITE is switched from UDP to TCP by the MTU setting and the next hop does not listen on TCP. The destination needs IPv6 or TLS and the proxy has no matching listen socket.</source>
        <comment>seenWhen</comment>
        <translation>Ein t_relay() zu einem TCP- oder TLS-Ziel, das ausgefallen oder blockiert ist, mit Logzeilen wie tcp_send failed oder sending request on branch 0 failed. Ein großes INVITE wird durch die MTU-Einstellung von UDP auf TCP umgestellt, und der nächste Hop lauscht nicht auf TCP. Das Ziel erfordert IPv6 oder TLS, und der Proxy hat keinen passenden Listen-Socket.</translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, from the tm or sl module, when the core reports that the request could not be sent to the selected next hop.</source>
        <comment>sentBy</comment>
        <translation>Kamailio oder OpenSIPS, aus dem Modul tm oder sl, wenn der Core meldet, dass die Anfrage nicht an den gewählten nächsten Hop gesendet werden konnte.</translation>
    </message>
    <message>
        <source>The failure is about this next hop, so a router or failure_route should try another destination or transport now. The same request to the same destination will fail until the connectivity issue is fixed.</source>
        <comment>retryNote</comment>
        <translation>Der Fehler betrifft diesen nächsten Hop, daher sollte ein Router oder eine failure_route jetzt ein anderes Ziel oder einen anderen Transport versuchen. Dieselbe Anfrage an dasselbe Ziel scheitert, bis das Verbindungsproblem behoben ist.</translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies generate it when the transport layer fails to send a request to the next hop.</source>
        <comment>statusNote</comment>
        <translation>Nicht bei der IANA registriert; Kamailio, OpenSIPS und andere von SER abgeleitete Proxys erzeugen sie, wenn die Transportschicht eine Anfrage nicht an den nächsten Hop senden kann.</translation>
    </message>
    <message>
        <source>Read the proxy log around the failed relay to see the destination address, transport and the exact send error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie das Proxy-Log rund um das fehlgeschlagene Relay, um Zieladresse, Transport und den genauen Sendefehler zu sehen.</translation>
    </message>
    <message>
        <source>Test reachability of that address and port with the same transport, and check firewalls, TLS certificates and the peer&apos;s listeners.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Testen Sie die Erreichbarkeit dieser Adresse und dieses Ports mit demselben Transport und prüfen Sie Firewalls, TLS-Zertifikate und die Listener der Gegenstelle.</translation>
    </message>
    <message>
        <source>Verify the proxy&apos;s listen sockets cover the protocol and address family used for this destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob die Listen-Sockets des Proxys das für dieses Ziel verwendete Protokoll und die Adressfamilie abdecken.</translation>
    </message>
    <message>
        <source>Review udp_mtu and udp_mtu_try_proto if UDP requests are silently moved to TCP.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Überprüfen Sie udp_mtu und udp_mtu_try_proto, falls UDP-Anfragen stillschweigend auf TCP umgestellt werden.</translation>
    </message>
    <message>
        <source>Add a failure_route with an alternative destination, for example via the dispatcher module, so sends can fail over.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>Fügen Sie eine failure_route mit einem alternativen Ziel hinzu, zum Beispiel über das Modul dispatcher, damit bei Sendefehlern ein Failover erfolgen kann.</translation>
    </message>
    <message>
        <source>The top Via identifies which proxy instance generated the reply.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Der oberste Via kennzeichnet die Proxy-Instanz, die die Antwort erzeugt hat.</translation>
    </message>
    <message>
        <source>Often shows kamailio or OpenSIPS, confirming the non-standard source.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>Zeigt oft kamailio oder OpenSIPS und bestätigt damit die nicht standardisierte Quelle.</translation>
    </message>
    <message>
        <source>A 503 is the standard way to signal that a server or route is unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Eine 503 ist der Standardweg, um zu signalisieren, dass ein Server oder eine Route nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>A 408 appears when the send succeeded but the next hop never answered.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Eine 408 tritt auf, wenn das Senden erfolgreich war, der nächste Hop aber nie geantwortet hat.</translation>
    </message>
    <message>
        <source>A 478 is the sibling for a destination whose name could not be resolved at all.</source>
        <comment>related 478</comment>
        <extracomment>How 478 differs</extracomment>
        <translation>Eine 478 ist das Gegenstück für ein Ziel, dessen Name überhaupt nicht aufgelöst werden konnte.</translation>
    </message>
</context>
<context>
    <name>sip:478</name>
    <message>
        <source>Unresolvable destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht auflösbares Ziel</translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not resolve the next-hop host (no usable NAPTR, SRV, A or AAAA record).</source>
        <comment>summary</comment>
        <translation>Kamailio/OpenSIPS konnte den Host des nächsten Hops nicht auflösen (kein verwendbarer NAPTR-, SRV-, A- oder AAAA-Eintrag).</translation>
    </message>
    <message>
        <source>SER-derived proxies map their internal bad address error to a 478 reply when the host they must forward to does not resolve to a usable address. The host may come from the Request-URI, a Route header, an outbound proxy or a destination URI set in the routing script. It points to DNS or configuration problems rather than to the called user.</source>
        <comment>description</comment>
        <translation>Von SER abgeleitete Proxys bilden ihren internen Fehler für ungültige Adressen auf eine 478-Antwort ab, wenn der Host, an den sie weiterleiten müssen, nicht in eine verwendbare Adresse aufgelöst werden kann. Der Host kann aus der Request-URI, einem Route-Header, einem Outbound-Proxy oder einer im Routing-Skript gesetzten Ziel-URI stammen. Sie deutet auf DNS- oder Konfigurationsprobleme hin und nicht auf den angerufenen Teilnehmer.</translation>
    </message>
    <message>
        <source>A typo in the Request-URI domain or in a trunk definition. An internal host name that resolves on the PBX but not on the proxy&apos;s DNS servers. SRV records missing for the transport the proxy tries, or the resolver on the proxy host being down or slow.</source>
        <comment>seenWhen</comment>
        <translation>Ein Tippfehler in der Domain der Request-URI oder in einer Trunk-Definition. Ein interner Hostname, der auf der TK-Anlage aufgelöst wird, aber nicht auf den DNS-Servern des Proxys. Fehlende SRV-Einträge für den Transport, den der Proxy versucht, oder ein ausgefallener bzw. langsamer Resolver auf dem Proxy-Host.</translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, and SEMS as a B2BUA, when DNS resolution of the next hop fails during forwarding.</source>
        <comment>sentBy</comment>
        <translation>Kamailio oder OpenSIPS sowie SEMS als B2BUA, wenn die DNS-Auflösung des nächsten Hops beim Weiterleiten fehlschlägt.</translation>
    </message>
    <message>
        <source>A router should try another route or destination now. Retrying the same destination only helps after DNS or configuration is corrected.</source>
        <comment>retryNote</comment>
        <translation>Ein Router sollte jetzt eine andere Route oder ein anderes Ziel versuchen. Ein erneuter Versuch zum selben Ziel hilft erst, nachdem DNS oder Konfiguration korrigiert wurden.</translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies (and SEMS) send it when the next-hop host name cannot be resolved.</source>
        <comment>statusNote</comment>
        <translation>Nicht bei der IANA registriert; Kamailio, OpenSIPS und andere von SER abgeleitete Proxys (sowie SEMS) senden sie, wenn der Hostname des nächsten Hops nicht aufgelöst werden kann.</translation>
    </message>
    <message>
        <source>Find which host the proxy tried to resolve, from the Request-URI, the top Route or the destination URI in the logs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie, welchen Host der Proxy aufzulösen versuchte, anhand der Request-URI, der obersten Route oder der Ziel-URI in den Logs.</translation>
    </message>
    <message>
        <source>Query NAPTR, SRV and A or AAAA records for it from the proxy host with dig, using the same resolvers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Fragen Sie vom Proxy-Host aus mit dig die NAPTR-, SRV- und A- bzw. AAAA-Einträge dafür ab, über dieselben Resolver.</translation>
    </message>
    <message>
        <source>Fix the DNS records or the configuration, or use an IP address for trunks where DNS is not needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Korrigieren Sie die DNS-Einträge oder die Konfiguration, oder verwenden Sie für Trunks eine IP-Adresse, wo DNS nicht benötigt wird.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s DNS settings such as NAPTR and SRV lookups and its DNS cache for stale negative entries.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Prüfen Sie die DNS-Einstellungen des Proxys, etwa NAPTR- und SRV-Abfragen, und seinen DNS-Cache auf veraltete negative Einträge.</translation>
    </message>
    <message>
        <source>If present, the top Route names the host that failed to resolve.</source>
        <comment>header Route</comment>
        <extracomment>Why to inspect the Route header</extracomment>
        <translation>Falls vorhanden, nennt die oberste Route den Host, dessen Auflösung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Identifies the proxy software that produced this non-standard code.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>Kennzeichnet die Proxy-Software, die diesen nicht standardisierten Code erzeugt hat.</translation>
    </message>
    <message>
        <source>A 404 says the user or domain is not served; 478 says the proxy could not even find where to send it.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine 404 besagt, dass der Teilnehmer oder die Domain nicht bedient wird; 478 besagt, dass der Proxy nicht einmal herausfinden konnte, wohin er die Anfrage senden soll.</translation>
    </message>
    <message>
        <source>A 503 is the standard code many servers use for a DNS failure on the way out.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Eine 503 ist der Standardcode, den viele Server für einen DNS-Fehler auf dem ausgehenden Weg verwenden.</translation>
    </message>
    <message>
        <source>A 477 is the sibling when the address resolved but sending to it failed.</source>
        <comment>related 477</comment>
        <extracomment>How 477 differs</extracomment>
        <translation>Eine 477 ist das Gegenstück, wenn die Adresse aufgelöst wurde, das Senden an sie aber fehlschlug.</translation>
    </message>
</context>
<context>
    <name>sip:480</name>
    <message>
        <source>Temporarily Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The callee exists but cannot be reached right now (not registered, DND, offline); may carry Retry-After.</source>
        <comment>summary</comment>
        <translation>Der Angerufene existiert, ist aber momentan nicht erreichbar (nicht registriert, „Nicht stören“ (DND), offline); kann Retry-After enthalten.</translation>
    </message>
    <message>
        <source>The request reached a system that knows the target, but the target cannot take it at this moment. Typical reasons are no current registration, do-not-disturb, the user being logged out or the device being unreachable. A Retry-After header may suggest when to try again, and the reason phrase or a Reason header may say more precisely what happened.</source>
        <comment>description</comment>
        <translation>Die Anfrage hat ein System erreicht, das das Ziel kennt, doch das Ziel kann sie im Moment nicht annehmen. Typische Gründe sind eine fehlende aktuelle Registrierung, „Nicht stören“, ein abgemeldeter Benutzer oder ein nicht erreichbares Gerät. Ein Retry-After-Header kann vorschlagen, wann ein erneuter Versuch sinnvoll ist, und die Reason-Phrase oder ein Reason-Header kann genauer angeben, was passiert ist.</translation>
    </message>
    <message>
        <source>A call to an extension whose phone is unplugged or whose registration expired because the NAT binding died. A mobile or IMS subscriber is absent or detached, and the network maps the PSTN cause (often 18, 19 or 20) to 480. A forking proxy whose branches all failed without a better answer, or an outbound edge that lost the flow, reports 480 to the caller.</source>
        <comment>seenWhen</comment>
        <translation>Ein Anruf an eine Nebenstelle, deren Telefon ausgesteckt ist oder deren Registrierung abgelaufen ist, weil das NAT-Binding verfallen ist. Ein Mobilfunk- oder IMS-Teilnehmer ist abwesend oder abgemeldet, und das Netz bildet den PSTN-Cause (oft 18, 19 oder 20) auf 480 ab. Ein forkender Proxy, dessen Branches alle ohne bessere Antwort gescheitert sind, oder ein Outbound-Edge-Proxy, der den Flow verloren hat, meldet dem Anrufer 480.</translation>
    </message>
    <message>
        <source>Proxies and PBXs that find no usable contact for a known user, UAs in do-not-disturb, and PSTN gateways translating an absent or not-responding subscriber.</source>
        <comment>sentBy</comment>
        <translation>Proxys und TK-Anlagen, die für einen bekannten Teilnehmer keinen verwendbaren Contact finden, UAs im Modus „Nicht stören“ sowie PSTN-Gateways, die einen abwesenden oder nicht antwortenden Teilnehmer umsetzen.</translation>
    </message>
    <message>
        <source>The same request may succeed later; wait for Retry-After when it is present. A forking proxy keeps trying other branches, and voicemail or forward-on-unavailable services usually kick in on 480.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe Anfrage kann später erfolgreich sein; warten Sie Retry-After ab, falls vorhanden. Ein forkender Proxy versucht weiterhin andere Branches, und Voicemail oder Rufumleitung bei Nichterreichbarkeit greifen bei 480 in der Regel.</translation>
    </message>
    <message>
        <source>Check the registrar&apos;s location table for the target AOR and when its last registration happened.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie in der Location-Tabelle des Registrars den AOR des Ziels und den Zeitpunkt seiner letzten Registrierung.</translation>
    </message>
    <message>
        <source>Look at the device: registration interval, NAT keepalives and network connectivity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie das Gerät: Registrierungsintervall, NAT-Keepalives und Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause from a gateway, which narrows down absent, no answer or not registered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Lesen Sie einen etwaigen Reason-Header auf einen Q.850-Cause eines Gateways hin, der zwischen abwesend, keine Antwort und nicht registriert unterscheiden hilft.</translation>
    </message>
    <message>
        <source>Check do-not-disturb, presence state and forwarding rules for the user.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Prüfen Sie „Nicht stören“, Presence-Status und Umleitungsregeln des Teilnehmers.</translation>
    </message>
    <message>
        <source>For automated dialers, honour Retry-After instead of redialling at once.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>Beachten Sie bei automatischen Wählsystemen Retry-After, statt sofort erneut zu wählen.</translation>
    </message>
    <message>
        <source>Suggests when the callee may be reachable again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Schlägt vor, wann der Angerufene wieder erreichbar sein könnte.</translation>
    </message>
    <message>
        <source>May carry the Q.850 cause from a PSTN gateway, such as 18 or 20.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Kann den Q.850-Cause eines PSTN-Gateways enthalten, etwa 18 oder 20.</translation>
    </message>
    <message>
        <source>A 486 means the user was reached but is busy, not unreachable.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Eine 486 bedeutet, dass der Teilnehmer erreicht wurde, aber besetzt ist, nicht unerreichbar.</translation>
    </message>
    <message>
        <source>A 404 means the user is unknown, while 480 means a known user is currently unavailable.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine 404 bedeutet, dass der Teilnehmer unbekannt ist, während 480 bedeutet, dass ein bekannter Teilnehmer derzeit nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>A 408 reports a timeout waiting for an answer, which some systems use for no-answer instead of 480.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Eine 408 meldet einen Timeout beim Warten auf eine Antwort, den manche Systeme bei Nichtmelden statt 480 verwenden.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 480 to cause 18, no user responding, when interworking with ISUP.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>RFC 3398 bildet 480 beim Interworking mit ISUP auf Cause 18, No user responding, ab.</translation>
    </message>
</context>
<context>
    <name>sip:481</name>
    <message>
        <source>Call/Transaction Does Not Exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Anruf/Transaktion existiert nicht</translation>
    </message>
    <message>
        <source>An in-dialog request or a CANCEL matched no dialog or transaction at the receiver.</source>
        <comment>summary</comment>
        <translation>Eine Anfrage innerhalb eines Dialogs oder ein CANCEL passte beim Empfänger zu keinem Dialog und keiner Transaktion.</translation>
    </message>
    <message>
        <source>The receiver got a request that should belong to an existing dialog (BYE, re-INVITE, UPDATE, INFO, NOTIFY, REFER, PRACK) or transaction (CANCEL), but it holds no state that matches the Call-ID, tags or branch. Either the state was lost or never existed there, or the request went to the wrong element. For the sender, the dialog should be considered gone.</source>
        <comment>description</comment>
        <translation>Der Empfänger hat eine Anfrage erhalten, die zu einem bestehenden Dialog (BYE, Re-INVITE, UPDATE, INFO, NOTIFY, REFER, PRACK) oder einer bestehenden Transaktion (CANCEL) gehören sollte, hält aber keinen Zustand, der zu Call-ID, Tags oder Branch passt. Entweder ging der Zustand verloren oder existierte dort nie, oder die Anfrage ging an das falsche Element. Für den Absender sollte der Dialog als beendet gelten.</translation>
    </message>
    <message>
        <source>The far end restarted or failed over to a node without replicated dialog state, then gets a BYE or re-INVITE for an old call. An SBC or B2BUA has already dropped the call after session timers or media timeouts, and the other side&apos;s BYE arrives later. NAT or an ALG changes the Contact so in-dialog requests land on a different server, a NOTIFY arrives after the subscription expired, or a CANCEL reaches a node that never saw the INVITE.</source>
        <comment>seenWhen</comment>
        <translation>Die Gegenseite wurde neu gestartet oder hat ein Failover auf einen Knoten ohne replizierten Dialogzustand durchgeführt und erhält dann ein BYE oder Re-INVITE für einen alten Anruf. Ein SBC oder B2BUA hat den Anruf nach Session-Timern oder Medien-Timeouts bereits beendet, und das BYE der anderen Seite kommt später an. NAT oder ein ALG verändert den Contact, sodass Anfragen innerhalb des Dialogs auf einem anderen Server landen, ein NOTIFY trifft nach Ablauf der Subskription ein, oder ein CANCEL erreicht einen Knoten, der das INVITE nie gesehen hat.</translation>
    </message>
    <message>
        <source>A UA or B2BUA that no longer holds, or never had, the dialog, and a stateful proxy that receives a CANCEL for a transaction it does not know.</source>
        <comment>sentBy</comment>
        <translation>Ein UA oder B2BUA, der den Dialog nicht mehr hält oder nie hatte, sowie ein Stateful Proxy, der ein CANCEL für eine ihm unbekannte Transaktion erhält.</translation>
    </message>
    <message>
        <source>Do not resend the request: treat the dialog or subscription as terminated and clean up locally. A new call or a new SUBSCRIBE is needed to restore service.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie die Anfrage nicht erneut: Betrachten Sie den Dialog bzw. die Subskription als beendet und räumen Sie lokal auf. Um den Dienst wiederherzustellen, ist ein neuer Anruf oder ein neues SUBSCRIBE nötig.</translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the rejected request with the dialog that set up the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie Call-ID, From-Tag und To-Tag der abgelehnten Anfrage mit dem Dialog, der den Anruf aufgebaut hat.</translation>
    </message>
    <message>
        <source>Check Record-Route and Contact from the original exchange to confirm in-dialog requests are routed to the element holding the dialog.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie Record-Route und Contact aus dem ursprünglichen Austausch, um sicherzustellen, dass Anfragen innerhalb des Dialogs an das Element geroutet werden, das den Dialog hält.</translation>
    </message>
    <message>
        <source>Look for a restart, failover or session timer expiry on the far side just before the 481.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Suchen Sie kurz vor der 481 nach einem Neustart, Failover oder Ablauf eines Session-Timers auf der Gegenseite.</translation>
    </message>
    <message>
        <source>In clusters, enable dialog replication or sticky routing so mid-dialog requests reach the right node.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Aktivieren Sie in Clustern Dialogreplikation oder Sticky Routing, damit Anfragen mitten im Dialog den richtigen Knoten erreichen.</translation>
    </message>
    <message>
        <source>For subscriptions, send a new SUBSCRIBE instead of reusing the dead dialog.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>Senden Sie bei Subskriptionen ein neues SUBSCRIBE, statt den beendeten Dialog wiederzuverwenden.</translation>
    </message>
    <message>
        <source>Together with the tags, identifies the dialog the receiver could not find.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation>Kennzeichnet zusammen mit den Tags den Dialog, den der Empfänger nicht finden konnte.</translation>
    </message>
    <message>
        <source>Its tag must match the dialog; a changed or missing To tag is a frequent cause.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation>Sein Tag muss zum Dialog passen; ein geänderter oder fehlender To-Tag ist eine häufige Ursache.</translation>
    </message>
    <message>
        <source>Its tag is the other half of the dialog identifier.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation>Sein Tag ist die andere Hälfte der Dialogkennung.</translation>
    </message>
    <message>
        <source>From the original INVITE exchange; a wrong route set sends in-dialog requests to the wrong box.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation>Aus dem ursprünglichen INVITE-Austausch; ein falsches Route-Set schickt Anfragen innerhalb des Dialogs an das falsche Gerät.</translation>
    </message>
    <message>
        <source>A 408 means a request got no answer; 481 is an explicit answer that the state is missing.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Eine 408 bedeutet, dass eine Anfrage keine Antwort erhalten hat; 481 ist eine ausdrückliche Antwort, dass der Zustand fehlt.</translation>
    </message>
    <message>
        <source>A 487 is the normal answer to an INVITE that was cancelled; 481 is sent to a CANCEL that matched nothing.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>Eine 487 ist die normale Antwort auf ein abgebrochenes INVITE; 481 wird auf ein CANCEL gesendet, das zu nichts passte.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 481 to cause 41, temporary failure, toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 bildet 481 in Richtung ISUP auf Cause 41, Temporary failure, ab.</translation>
    </message>
</context>
<context>
    <name>sip:482</name>
    <message>
        <source>Loop Detected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Schleife erkannt</translation>
    </message>
    <message>
        <source>The request came back to a server that already handled it unchanged, or a merged copy reached the UAS.</source>
        <comment>summary</comment>
        <translation>Die Anfrage kam unverändert zu einem Server zurück, der sie bereits bearbeitet hatte, oder eine zusammengeführte Kopie erreichte den UAS.</translation>
    </message>
    <message>
        <source>A proxy doing loop detection finds that it has already forwarded this same request, with the same Request-URI and routing state, so the request has gone round in a circle. A UAS also sends 482 for a merged request: a second copy of a request it is already processing, with the same From tag, Call-ID and CSeq but arriving by another path after forking. A spiral, where the request returns to a proxy with a changed Request-URI, is legitimate and is not a loop.</source>
        <comment>description</comment>
        <translation>Ein Proxy mit Schleifenerkennung stellt fest, dass er genau diese Anfrage mit derselben Request-URI und demselben Routing-Zustand bereits weitergeleitet hat, die Anfrage also im Kreis gelaufen ist. Ein UAS sendet 482 auch bei einer zusammengeführten Anfrage (Merged Request): einer zweiten Kopie einer Anfrage, die er bereits bearbeitet, mit demselben From-Tag, derselben Call-ID und derselben CSeq, die nach einem Forking über einen anderen Pfad eintrifft. Eine Spirale, bei der die Anfrage mit geänderter Request-URI zu einem Proxy zurückkehrt, ist legitim und keine Schleife.</translation>
    </message>
    <message>
        <source>Call forwarding between two systems that forward to each other, or a PBX and a carrier routing the same number back and forth. DNS or SRV records that send a proxy&apos;s outbound traffic back to itself. A forking proxy delivers two branches to the same phone because it is registered twice, and the second copy gets 482 from the phone.</source>
        <comment>seenWhen</comment>
        <translation>Rufumleitung zwischen zwei Systemen, die aufeinander umleiten, oder eine TK-Anlage und ein Carrier, die dieselbe Rufnummer hin und her routen. DNS- oder SRV-Einträge, die den ausgehenden Verkehr eines Proxys zu ihm selbst zurückschicken. Ein forkender Proxy stellt zwei Branches an dasselbe Telefon zu, weil es doppelt registriert ist, und die zweite Kopie erhält vom Telefon eine 482.</translation>
    </message>
    <message>
        <source>Stateful proxies with loop detection enabled, and UAs detecting a merged request that arrived twice through different forks.</source>
        <comment>sentBy</comment>
        <translation>Stateful Proxys mit aktivierter Schleifenerkennung sowie UAs, die eine zusammengeführte Anfrage erkennen, die über verschiedene Forks doppelt eingetroffen ist.</translation>
    </message>
    <message>
        <source>Retrying will loop again until routing is fixed. When the 482 is for a merged copy, it is harmless because another branch of the same request is being handled.</source>
        <comment>retryNote</comment>
        <translation>Ein erneuter Versuch läuft wieder in die Schleife, bis das Routing korrigiert ist. Betrifft die 482 eine zusammengeführte Kopie, ist sie harmlos, da ein anderer Branch derselben Anfrage bearbeitet wird.</translation>
    </message>
    <message>
        <source>List the Via headers of the rejected request; the same host appearing repeatedly shows where the loop is.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Listen Sie die Via-Header der abgelehnten Anfrage auf; ein wiederholt auftauchender Host zeigt, wo die Schleife liegt.</translation>
    </message>
    <message>
        <source>Fix the routing rule, forwarding target or DNS record that sends the request back.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Korrigieren Sie die Routing-Regel, das Umleitungsziel oder den DNS-Eintrag, der die Anfrage zurückschickt.</translation>
    </message>
    <message>
        <source>For merged requests, check the registrar for duplicate bindings of one device and remove stale contacts.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie bei zusammengeführten Anfragen den Registrar auf doppelte Bindings eines Geräts und entfernen Sie veraltete Contacts.</translation>
    </message>
    <message>
        <source>Make sure proxies on the path generate unique Via branch values and do not disable loop detection.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass Proxys auf dem Pfad eindeutige Via-Branch-Werte erzeugen und die Schleifenerkennung nicht deaktivieren.</translation>
    </message>
    <message>
        <source>Repeated entries for the same proxy reveal the loop path.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Wiederholte Einträge desselben Proxys zeigen den Schleifenpfad.</translation>
    </message>
    <message>
        <source>A low remaining value also indicates the request has travelled in circles.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>Ein niedriger Restwert deutet ebenfalls darauf hin, dass die Anfrage im Kreis gelaufen ist.</translation>
    </message>
    <message>
        <source>A 483 stops loops that loop detection misses, such as spirals that keep rewriting the Request-URI.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>Eine 483 stoppt Schleifen, die die Schleifenerkennung übersieht, etwa Spiralen, die die Request-URI immer wieder umschreiben.</translation>
    </message>
    <message>
        <source>A 440 limits the width of forking, while 482 catches a request returning to the same server.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation>Eine 440 begrenzt die Breite des Forkings, während 482 eine Anfrage erkennt, die zum selben Server zurückkehrt.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation>RFC 3398 bildet 482 auf Cause 25, Exchange routing error, ab.</translation>
    </message>
</context>
<context>
    <name>sip:483</name>
    <message>
        <source>Too Many Hops</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Zu viele Hops</translation>
    </message>
    <message>
        <source>Max-Forwards reached zero before the request got to its destination.</source>
        <comment>summary</comment>
        <translation>Max-Forwards hat null erreicht, bevor die Anfrage ihr Ziel erreicht hat.</translation>
    </message>
    <message>
        <source>Every proxy decrements Max-Forwards, and a proxy that receives a request with the value at zero must not forward it and answers 483 instead. The usual start value is 70, so a 483 nearly always means a routing loop that changes the Request-URI on each pass, which normal loop detection does not catch. The one exception is OPTIONS, which an element may answer itself when Max-Forwards is zero.</source>
        <comment>description</comment>
        <translation>Jeder Proxy verringert Max-Forwards, und ein Proxy, der eine Anfrage mit dem Wert null empfängt, darf sie nicht weiterleiten und antwortet stattdessen mit 483. Der übliche Startwert ist 70, daher bedeutet eine 483 fast immer eine Routing-Schleife, die die Request-URI bei jedem Durchlauf ändert und die von der normalen Schleifenerkennung nicht erkannt wird. Die einzige Ausnahme ist OPTIONS, das ein Element selbst beantworten darf, wenn Max-Forwards null ist.</translation>
    </message>
    <message>
        <source>A number translation loop where a PBX and a carrier keep adding or removing a prefix, so each pass looks like a new request. A B2BUA or SBC that sets a low Max-Forwards value (for example 10) on a long path through several SBCs and application servers. Forwarding chains that bounce between hosted PBX tenants.</source>
        <comment>seenWhen</comment>
        <translation>Eine Schleife bei der Rufnummernumsetzung, bei der eine TK-Anlage und ein Carrier ständig ein Präfix hinzufügen oder entfernen, sodass jeder Durchlauf wie eine neue Anfrage aussieht. Ein B2BUA oder SBC, der auf einem langen Pfad über mehrere SBCs und Application Server einen niedrigen Max-Forwards-Wert (zum Beispiel 10) setzt. Umleitungsketten, die zwischen Mandanten einer gehosteten TK-Anlage hin und her springen.</translation>
    </message>
    <message>
        <source>The proxy or SBC at which Max-Forwards hit zero, usually one that is part of the loop.</source>
        <comment>sentBy</comment>
        <translation>Der Proxy oder das SBC, bei dem Max-Forwards null erreicht hat, in der Regel ein Teil der Schleife.</translation>
    </message>
    <message>
        <source>Retrying will run out of hops again. Fix the routing loop or the hop limit first.</source>
        <comment>retryNote</comment>
        <translation>Ein erneuter Versuch wird wieder die Hops aufbrauchen. Korrigieren Sie zuerst die Routing-Schleife oder das Hop-Limit.</translation>
    </message>
    <message>
        <source>Inspect the Via headers and the Request-URI changes hop by hop to find the repeating pattern.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Untersuchen Sie die Via-Header und die Änderungen der Request-URI Hop für Hop, um das sich wiederholende Muster zu finden.</translation>
    </message>
    <message>
        <source>Fix the number translation or routing rule that sends the request back with a modified URI.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Korrigieren Sie die Rufnummernumsetzung oder Routing-Regel, die die Anfrage mit geänderter URI zurückschickt.</translation>
    </message>
    <message>
        <source>Check B2BUAs and SBCs that reset or lower Max-Forwards and make sure they use a sane value.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie B2BUAs und SBCs, die Max-Forwards zurücksetzen oder verringern, und stellen Sie sicher, dass sie einen vernünftigen Wert verwenden.</translation>
    </message>
    <message>
        <source>Avoid raising Max-Forwards to hide a loop; find the loop instead.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Erhöhen Sie Max-Forwards nicht, um eine Schleife zu verbergen; finden Sie stattdessen die Schleife.</translation>
    </message>
    <message>
        <source>Reached zero at the rejecting hop; compare the value set by the originator and each B2BUA.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>Hat am ablehnenden Hop null erreicht; vergleichen Sie den vom Absender und von jedem B2BUA gesetzten Wert.</translation>
    </message>
    <message>
        <source>The list of hops traversed; repeated hosts show the loop.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Die Liste der durchlaufenen Hops; wiederholt auftauchende Hosts zeigen die Schleife.</translation>
    </message>
    <message>
        <source>A 482 detects an unchanged request returning to the same proxy; 483 is the backstop when the request changes on each pass.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>Eine 482 erkennt eine unveränderte Anfrage, die zum selben Proxy zurückkehrt; 483 ist die letzte Absicherung, wenn sich die Anfrage bei jedem Durchlauf ändert.</translation>
    </message>
    <message>
        <source>A 440 is the forking-width limit, complementary to the hop limit.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation>Eine 440 ist die Grenze für die Forking-Breite, ergänzend zum Hop-Limit.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation>RFC 3398 bildet 483 auf Cause 25, Exchange routing error, ab.</translation>
    </message>
</context>
<context>
    <name>sip:484</name>
    <message>
        <source>Address Incomplete</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Adresse unvollständig</translation>
    </message>
    <message>
        <source>The dialled number or Request-URI is incomplete; more digits are needed.</source>
        <comment>summary</comment>
        <translation>Die gewählte Rufnummer oder Request-URI ist unvollständig; weitere Ziffern werden benötigt.</translation>
    </message>
    <message>
        <source>The server recognises the address as a prefix of something valid but not a complete destination. It is the SIP counterpart of overlap dialling: the caller can send the request again with more digits. The response may include the reason in the reason phrase, but the fix always lies in the number sent.</source>
        <comment>description</comment>
        <translation>Der Server erkennt die Adresse als Präfix von etwas Gültigem, aber nicht als vollständiges Ziel. Sie ist das SIP-Gegenstück zur Overlap-Wahl: Der Anrufer kann die Anfrage mit weiteren Ziffern erneut senden. Die Antwort kann den Grund in der Reason-Phrase angeben, die Lösung liegt aber immer in der gesendeten Rufnummer.</translation>
    </message>
    <message>
        <source>A phone&apos;s digit map or inter-digit timeout sends the INVITE after only part of the number was dialled. A SIP trunk receives a national number without its area code or an international number missing the country code. A PSTN gateway using overlap signalling toward ISDN or ISUP receives an address that the network reports as incomplete.</source>
        <comment>seenWhen</comment>
        <translation>Die Digit Map oder der Interdigit-Timeout eines Telefons sendet das INVITE, nachdem nur ein Teil der Rufnummer gewählt wurde. Ein SIP-Trunk empfängt eine nationale Rufnummer ohne Ortsvorwahl oder eine internationale Rufnummer ohne Landesvorwahl. Ein PSTN-Gateway mit Overlap-Signalisierung in Richtung ISDN oder ISUP erhält eine Adresse, die das Netz als unvollständig meldet.</translation>
    </message>
    <message>
        <source>PBXs, carriers&apos; routing proxies and PSTN gateways whose dial plan sees the number as a valid but incomplete prefix.</source>
        <comment>sentBy</comment>
        <translation>TK-Anlagen, Routing-Proxys von Carriern und PSTN-Gateways, deren Wählplan die Rufnummer als gültiges, aber unvollständiges Präfix ansieht.</translation>
    </message>
    <message>
        <source>Retry with the complete number. Overlap-dialling clients may resend the INVITE with additional digits as the user keeps dialling.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie den Anruf mit der vollständigen Rufnummer. Clients mit Overlap-Wahl können das INVITE mit zusätzlichen Ziffern erneut senden, während der Benutzer weiterwählt.</translation>
    </message>
    <message>
        <source>Compare the number in the Request-URI with the format the trunk or PBX expects, such as E.164 with a leading +.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie die Rufnummer in der Request-URI mit dem Format, das der Trunk oder die TK-Anlage erwartet, etwa E.164 mit führendem +.</translation>
    </message>
    <message>
        <source>Adjust the phone&apos;s digit map or inter-digit timer so the full number is collected before sending.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Passen Sie die Digit Map oder den Interdigit-Timer des Telefons an, sodass die vollständige Rufnummer vor dem Senden erfasst wird.</translation>
    </message>
    <message>
        <source>Normalise numbers on the PBX or SBC before they reach the trunk.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Normalisieren Sie Rufnummern auf der TK-Anlage oder dem SBC, bevor sie den Trunk erreichen.</translation>
    </message>
    <message>
        <source>For gateways, configure en-bloc sending or enough digits before the call is launched.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Konfigurieren Sie bei Gateways die Blockwahl (En-bloc) oder genügend Ziffern, bevor der Anruf abgesetzt wird.</translation>
    </message>
    <message>
        <source>A 404 means the address is complete but does not exist.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine 404 bedeutet, dass die Adresse vollständig ist, aber nicht existiert.</translation>
    </message>
    <message>
        <source>A 485 means the address matches several targets rather than too few digits.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation>Eine 485 bedeutet, dass die Adresse zu mehreren Zielen passt, und nicht, dass zu wenige Ziffern vorliegen.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 484 to cause 28, invalid number format (address incomplete).</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>RFC 3398 bildet 484 auf Cause 28, Invalid number format (address incomplete), ab.</translation>
    </message>
</context>
<context>
    <name>sip:485</name>
    <message>
        <source>Ambiguous</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>The Request-URI matches more than one possible target; the response may list candidates in Contact.</source>
        <comment>summary</comment>
        <translation>Die Request-URI passt zu mehr als einem möglichen Ziel; die Antwort kann Kandidaten in Contact auflisten.</translation>
    </message>
    <message>
        <source>The server cannot pick a single destination because the address could mean several users. It may include Contact headers with possible matches, although a server may leave them out to avoid exposing its directory. The caller has to pick a more specific address.</source>
        <comment>description</comment>
        <translation>Der Server kann kein einzelnes Ziel wählen, weil die Adresse mehrere Teilnehmer bezeichnen könnte. Er kann Contact-Header mit möglichen Treffern beifügen, darf sie aber auch weglassen, um sein Verzeichnis nicht preiszugeben. Der Anrufer muss eine spezifischere Adresse wählen.</translation>
    </message>
    <message>
        <source>Name-based or alias URIs such as sip:john@example.com resolving to several users in a directory-driven proxy. Duplicate aliases or extensions configured in the user database of a PBX. It is rare in carrier telephony.</source>
        <comment>seenWhen</comment>
        <translation>Namensbasierte oder Alias-URIs wie sip:john@example.com, die in einem verzeichnisgestützten Proxy auf mehrere Teilnehmer aufgelöst werden. Doppelte Aliase oder Nebenstellen in der Benutzerdatenbank einer TK-Anlage. In der Carrier-Telefonie ist sie selten.</translation>
    </message>
    <message>
        <source>Proxies and redirect servers that resolve names through a directory and find multiple matches.</source>
        <comment>sentBy</comment>
        <translation>Proxys und Redirect-Server, die Namen über ein Verzeichnis auflösen und mehrere Treffer finden.</translation>
    </message>
    <message>
        <source>Retry with a more precise Request-URI, possibly one of the Contact candidates. Sending the same ambiguous URI again will get the same answer.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage mit einer genaueren Request-URI, etwa einem der Contact-Kandidaten. Dieselbe mehrdeutige URI erhält erneut dieselbe Antwort.</translation>
    </message>
    <message>
        <source>Use a unique, fully specified address, such as the user&apos;s exact extension or full name URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Verwenden Sie eine eindeutige, vollständig angegebene Adresse, etwa die genaue Nebenstelle oder die URI mit dem vollständigen Namen des Teilnehmers.</translation>
    </message>
    <message>
        <source>If the response has Contact headers, choose the intended target from them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Enthält die Antwort Contact-Header, wählen Sie daraus das gewünschte Ziel.</translation>
    </message>
    <message>
        <source>Remove duplicate aliases or extensions from the directory or user database.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Entfernen Sie doppelte Aliase oder Nebenstellen aus dem Verzeichnis bzw. der Benutzerdatenbank.</translation>
    </message>
    <message>
        <source>Optional list of candidate addresses the server found.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Optionale Liste der vom Server gefundenen Kandidatenadressen.</translation>
    </message>
    <message>
        <source>A 300 offers multiple choices as a redirect; 485 treats the ambiguity as a client error.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>Eine 300 bietet mehrere Möglichkeiten als Umleitung an; 485 behandelt die Mehrdeutigkeit als Client-Fehler.</translation>
    </message>
    <message>
        <source>A 484 means the address is incomplete rather than matching several targets.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>Eine 484 bedeutet, dass die Adresse unvollständig ist, und nicht, dass sie zu mehreren Zielen passt.</translation>
    </message>
    <message>
        <source>A 404 means nothing matched at all.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine 404 bedeutet, dass überhaupt nichts gepasst hat.</translation>
    </message>
</context>
<context>
    <name>sip:486</name>
    <message>
        <source>Busy Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Hier besetzt</translation>
    </message>
    <message>
        <source>The callee was reached but is busy at this endpoint; other locations may still answer.</source>
        <comment>summary</comment>
        <translation>Der Angerufene wurde erreicht, ist an diesem Endpunkt aber besetzt; andere Standorte könnten dennoch annehmen.</translation>
    </message>
    <message>
        <source>The called UA or system was contacted and is unable or unwilling to accept another call right now. The word here matters: it speaks only for this endpoint, so a forking proxy may keep trying other branches and voicemail or forward-on-busy can apply. A Retry-After header may say when to try again.</source>
        <comment>description</comment>
        <translation>Der angerufene UA bzw. das angerufene System wurde kontaktiert und kann oder will gerade keinen weiteren Anruf annehmen. Das Wort „here“ ist entscheidend: Die Antwort gilt nur für diesen Endpunkt, sodass ein forkender Proxy weiterhin andere Branches versuchen kann und Voicemail oder Rufumleitung bei Besetzt greifen können. Ein Retry-After-Header kann angeben, wann ein erneuter Versuch sinnvoll ist.</translation>
    </message>
    <message>
        <source>A phone already in a call with call waiting turned off. A PBX extension or SIP trunk has reached its limit of concurrent calls. Some phones send 486 when the user presses reject or has do-not-disturb enabled, where others send 603 or 480.</source>
        <comment>seenWhen</comment>
        <translation>Ein Telefon ist bereits in einem Gespräch, und Anklopfen ist deaktiviert. Eine Nebenstelle einer TK-Anlage oder ein SIP-Trunk hat die Grenze für gleichzeitige Anrufe erreicht. Manche Telefone senden 486, wenn der Benutzer auf Abweisen drückt oder „Nicht stören“ aktiviert hat, andere senden in diesem Fall 603 oder 480.</translation>
    </message>
    <message>
        <source>The called UA or PBX when the user is on another call or a call limit is reached, and PSTN gateways translating ISUP cause 17.</source>
        <comment>sentBy</comment>
        <translation>Der angerufene UA oder die TK-Anlage, wenn der Teilnehmer in einem anderen Gespräch ist oder ein Anruflimit erreicht ist, sowie PSTN-Gateways, die ISUP-Cause 17 umsetzen.</translation>
    </message>
    <message>
        <source>The same request may work later; respect Retry-After when given. A forking proxy keeps waiting for other branches, and forward-on-busy rules are triggered by 486.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe Anfrage kann später funktionieren; beachten Sie Retry-After, falls angegeben. Ein forkender Proxy wartet weiter auf andere Branches, und Regeln für Rufumleitung bei Besetzt werden durch 486 ausgelöst.</translation>
    </message>
    <message>
        <source>Confirm the callee device was genuinely in use or had reached its call limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass das Gerät des Angerufenen tatsächlich belegt war oder sein Anruflimit erreicht hatte.</translation>
    </message>
    <message>
        <source>Check concurrent call limits on the extension, trunk or SBC if busy appears while lines are idle.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Limits für gleichzeitige Anrufe auf Nebenstelle, Trunk oder SBC, wenn Besetzt auftritt, obwohl die Leitungen frei sind.</translation>
    </message>
    <message>
        <source>Configure call forward on busy or voicemail if callers should not hear busy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Konfigurieren Sie Rufumleitung bei Besetzt oder Voicemail, wenn Anrufer kein Besetztzeichen hören sollen.</translation>
    </message>
    <message>
        <source>For dialers and automated systems, honour Retry-After before redialling.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Beachten Sie bei Wählsystemen und automatisierten Systemen Retry-After, bevor Sie erneut wählen.</translation>
    </message>
    <message>
        <source>Suggests when the callee may be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Schlägt vor, wann der Angerufene frei sein könnte.</translation>
    </message>
    <message>
        <source>From gateways, may carry Q.850 cause 17 or a more specific cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Kann bei Gateways den Q.850-Cause 17 oder einen spezifischeren Cause enthalten.</translation>
    </message>
    <message>
        <source>A 600 Busy Everywhere says no location will take the call; as a 6xx it makes the proxy stop forking.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>Eine 600 Busy Everywhere besagt, dass kein Standort den Anruf annimmt; als 6xx veranlasst sie den Proxy, das Forking zu beenden.</translation>
    </message>
    <message>
        <source>A 480 means the callee could not be reached, not that it is busy.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Eine 480 bedeutet, dass der Angerufene nicht erreicht werden konnte, nicht dass er besetzt ist.</translation>
    </message>
    <message>
        <source>A 603 is an explicit decline rather than a busy condition.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 ist eine ausdrückliche Ablehnung und kein Besetztzustand.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 486 to cause 17, user busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>RFC 3398 bildet 486 auf Cause 17, User busy, ab.</translation>
    </message>
</context>
<context>
    <name>sip:487</name>
    <message>
        <source>Request Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Anfrage beendet</translation>
    </message>
    <message>
        <source>The INVITE was ended by a CANCEL (or a BYE) before a final answer; normal when the caller hangs up.</source>
        <comment>summary</comment>
        <translation>Das INVITE wurde vor einer finalen Antwort durch ein CANCEL (oder ein BYE) beendet; normal, wenn der Anrufer auflegt.</translation>
    </message>
    <message>
        <source>The final response to a pending INVITE that was stopped before it completed, almost always because a CANCEL arrived, or because a BYE ended the early dialog. It is a normal part of call flows rather than an error: the CANCEL gets its own 200 OK and the INVITE gets 487, which the caller acknowledges with ACK. RFC 3398 defines no Q.850 cause for it, since the call was cleared by the calling side.</source>
        <comment>description</comment>
        <translation>Die finale Antwort auf ein ausstehendes INVITE, das vor seinem Abschluss gestoppt wurde, fast immer, weil ein CANCEL eingetroffen ist oder ein BYE den Early Dialog beendet hat. Sie ist ein normaler Bestandteil von Anrufabläufen und kein Fehler: Das CANCEL erhält seine eigene 200 OK, und das INVITE erhält 487, die der Anrufer mit ACK bestätigt. RFC 3398 definiert dafür keinen Q.850-Cause, da der Anruf von der rufenden Seite ausgelöst wurde.</translation>
    </message>
    <message>
        <source>The caller hangs up while the phone is ringing. A parallel-ring or hunt group call is answered by one device and the proxy cancels the others, often with a Reason header saying the call was completed elsewhere. A no-answer timer on a PBX or proxy (for example Kamailio&apos;s fr_inv_timer or an Asterisk Dial timeout) cancels the branch before sending the call to voicemail.</source>
        <comment>seenWhen</comment>
        <translation>Der Anrufer legt auf, während das Telefon klingelt. Ein Parallelruf- oder Sammelrufanruf wird von einem Gerät angenommen, und der Proxy bricht die anderen ab, oft mit einem Reason-Header, der besagt, dass der Anruf anderswo angenommen wurde. Ein No-Answer-Timer auf einer TK-Anlage oder einem Proxy (zum Beispiel der fr_inv_timer von Kamailio oder ein Dial-Timeout in Asterisk) bricht den Branch ab, bevor der Anruf an die Voicemail geht.</translation>
    </message>
    <message>
        <source>The UAS or gateway that had the INVITE pending when CANCEL or BYE arrived, forwarded by proxies; B2BUAs generate it on their own leg.</source>
        <comment>sentBy</comment>
        <translation>Der UAS oder das Gateway, bei dem das INVITE ausstand, als CANCEL oder BYE eintraf, von Proxys weitergeleitet; B2BUAs erzeugen sie auf ihrem eigenen Leg.</translation>
    </message>
    <message>
        <source>Nothing to retry: the caller or a proxy deliberately stopped the request. A proxy that cancelled branches moves on as planned, for example to voicemail or to the branch that answered.</source>
        <comment>retryNote</comment>
        <translation>Nichts zu wiederholen: Der Anrufer oder ein Proxy hat die Anfrage bewusst gestoppt. Ein Proxy, der Branches abgebrochen hat, fährt wie geplant fort, zum Beispiel mit der Voicemail oder dem Branch, der angenommen hat.</translation>
    </message>
    <message>
        <source>Find who sent the CANCEL from its Via and any Reason header: the caller, a proxy timer or a forking proxy.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie anhand des Via und eines etwaigen Reason-Headers, wer das CANCEL gesendet hat: der Anrufer, ein Proxy-Timer oder ein forkender Proxy.</translation>
    </message>
    <message>
        <source>If calls are cancelled too early, increase the ring timeout on the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Werden Anrufe zu früh abgebrochen, erhöhen Sie das Klingel-Timeout auf der TK-Anlage oder dem Proxy.</translation>
    </message>
    <message>
        <source>Check that the ACK for the 487 arrives; otherwise the UAS retransmits the 487 until Timer H gives up.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob das ACK auf die 487 ankommt; andernfalls wiederholt der UAS die 487, bis Timer H aufgibt.</translation>
    </message>
    <message>
        <source>If a 200 OK and a 487 cross, make sure the caller sends BYE for the answered call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Überkreuzen sich eine 200 OK und eine 487, stellen Sie sicher, dass der Anrufer für den angenommenen Anruf ein BYE sendet.</translation>
    </message>
    <message>
        <source>On the CANCEL, explains why it was sent, for example SIP;cause=200 for a call answered elsewhere.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Erläutert im CANCEL, warum es gesendet wurde, zum Beispiel SIP;cause=200 für einen anderswo angenommenen Anruf.</translation>
    </message>
    <message>
        <source>The 487 carries the INVITE&apos;s CSeq; the CANCEL&apos;s 200 OK is a separate response.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>Die 487 trägt die CSeq des INVITE; die 200 OK auf das CANCEL ist eine separate Antwort.</translation>
    </message>
    <message>
        <source>A CANCEL that matches no pending transaction gets 481 instead of producing a 487.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Ein CANCEL, das zu keiner ausstehenden Transaktion passt, erhält 481, statt eine 487 auszulösen.</translation>
    </message>
    <message>
        <source>A 408 is a timeout, whereas 487 follows an explicit CANCEL.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Eine 408 ist ein Timeout, während 487 auf ein ausdrückliches CANCEL folgt.</translation>
    </message>
    <message>
        <source>A 603 is the callee declining, whereas 487 is the caller or proxy abandoning the attempt.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 bedeutet, dass der Angerufene ablehnt, während bei 487 der Anrufer oder ein Proxy den Versuch abbricht.</translation>
    </message>
</context>
<context>
    <name>sip:488</name>
    <message>
        <source>Not Acceptable Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Hier nicht akzeptabel</translation>
    </message>
    <message>
        <source>The SDP offer (codecs, media, transport, crypto) is not acceptable at this endpoint; check Warning.</source>
        <comment>summary</comment>
        <translation>Das SDP-Angebot (Codecs, Medien, Transport, Verschlüsselung) ist an diesem Endpunkt nicht akzeptabel; prüfen Sie Warning.</translation>
    </message>
    <message>
        <source>The UAS understood the request but cannot accept the session description: none of the offered codecs, media types, transports or security profiles work for it. It should include a Warning header explaining the problem, such as 305 Incompatible media format or 304 Media type not available. When 488 answers a re-INVITE, only the change is rejected and the existing call continues with its previous media.</source>
        <comment>description</comment>
        <translation>Der UAS hat die Anfrage verstanden, kann die Sitzungsbeschreibung aber nicht akzeptieren: Keiner der angebotenen Codecs, Medientypen, Transporte oder Sicherheitsprofile ist für ihn verwendbar. Sie sollte einen Warning-Header enthalten, der das Problem erläutert, etwa 305 Incompatible media format oder 304 Media type not available. Beantwortet eine 488 ein Re-INVITE, wird nur die Änderung abgelehnt, und der bestehende Anruf läuft mit den bisherigen Medien weiter.</translation>
    </message>
    <message>
        <source>A codec mismatch such as a G.729-only trunk receiving a G.711-only offer, or an Opus-only WebRTC client calling a legacy PBX without transcoding. The offer uses RTP/SAVP or DTLS-SRTP and the endpoint only accepts plain RTP/AVP, or the reverse. A re-INVITE switching to T.38 fax reaches a device without T.38, or video is offered to an audio-only endpoint.</source>
        <comment>seenWhen</comment>
        <translation>Eine Codec-Inkompatibilität, etwa ein reiner G.729-Trunk, der ein reines G.711-Angebot erhält, oder ein reiner Opus-WebRTC-Client, der eine ältere TK-Anlage ohne Transcoding anruft. Das Angebot verwendet RTP/SAVP oder DTLS-SRTP, und der Endpunkt akzeptiert nur unverschlüsseltes RTP/AVP, oder umgekehrt. Ein Re-INVITE zum Wechsel auf T.38-Fax erreicht ein Gerät ohne T.38, oder einem reinen Audio-Endpunkt wird Video angeboten.</translation>
    </message>
    <message>
        <source>The called endpoint, PSTN gateway or SBC that evaluates the SDP offer and finds nothing it can accept.</source>
        <comment>sentBy</comment>
        <translation>Der angerufene Endpunkt, das PSTN-Gateway oder das SBC, das das SDP-Angebot auswertet und nichts Akzeptables findet.</translation>
    </message>
    <message>
        <source>Retry with a different offer, for example other codecs or a different transport profile, or route to a destination that supports the media. A router may try another trunk that offers transcoding.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage mit einem anderen Angebot, etwa anderen Codecs oder einem anderen Transportprofil, oder routen Sie zu einem Ziel, das die Medien unterstützt. Ein Router kann einen anderen Trunk versuchen, der Transcoding bietet.</translation>
    </message>
    <message>
        <source>Read the Warning header for the specific reason given by the endpoint.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Warning-Header, um den konkreten Grund des Endpunkts zu erfahren.</translation>
    </message>
    <message>
        <source>Compare the m= lines and a=rtpmap entries in the offer with the codecs and media the endpoint allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vergleichen Sie die m=-Zeilen und a=rtpmap-Einträge im Angebot mit den Codecs und Medien, die der Endpunkt zulässt.</translation>
    </message>
    <message>
        <source>Align codec lists on the trunk, PBX or SBC, or enable transcoding for this route.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Gleichen Sie die Codec-Listen auf Trunk, TK-Anlage oder SBC an, oder aktivieren Sie Transcoding für diese Route.</translation>
    </message>
    <message>
        <source>Match the transport and crypto profile (RTP/AVP versus RTP/SAVP, SDES versus DTLS-SRTP) on both sides.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stimmen Sie Transport- und Verschlüsselungsprofil (RTP/AVP gegenüber RTP/SAVP, SDES gegenüber DTLS-SRTP) auf beiden Seiten ab.</translation>
    </message>
    <message>
        <source>For rejected T.38 re-INVITEs, fall back to G.711 fax passthrough; the call itself survives.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>Greifen Sie bei abgelehnten T.38-Re-INVITEs auf G.711-Fax-Passthrough zurück; der Anruf selbst bleibt bestehen.</translation>
    </message>
    <message>
        <source>Usually carries a 3xx warn-code such as 305 or 304 naming the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Enthält meist einen 3xx-Warn-Code wie 305 oder 304, der das Medienproblem benennt.</translation>
    </message>
    <message>
        <source>May list the body types the endpoint takes if the body format was the problem.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>Kann die Body-Typen auflisten, die der Endpunkt annimmt, wenn das Body-Format das Problem war.</translation>
    </message>
    <message>
        <source>A 606 says the session is unacceptable everywhere and stops forking; 488 only speaks for this endpoint.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Eine 606 besagt, dass die Sitzung nirgends akzeptabel ist, und beendet das Forking; 488 gilt nur für diesen Endpunkt.</translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type itself, for example a non-SDP body.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Eine 415 lehnt den Medientyp des Bodys selbst ab, zum Beispiel einen Body, der kein SDP ist.</translation>
    </message>
    <message>
        <source>Warning 305 Incompatible media format is the most common explanation sent with 488.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 Incompatible media format ist die häufigste Erläuterung, die mit 488 gesendet wird.</translation>
    </message>
    <message>
        <source>Gateways map 488 to cause 65, bearer capability not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>Gateways bilden 488 auf Cause 65, Bearer capability not implemented, ab.</translation>
    </message>
</context>
<context>
    <name>sip:489</name>
    <message>
        <source>Bad Event</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültiges Event</translation>
    </message>
    <message>
        <source>The Event package in SUBSCRIBE, PUBLISH or NOTIFY is not supported; Allow-Events lists those that are.</source>
        <comment>summary</comment>
        <translation>Das Event-Package in SUBSCRIBE, PUBLISH oder NOTIFY wird nicht unterstützt; Allow-Events listet die unterstützten auf.</translation>
    </message>
    <message>
        <source>The receiver does not support the event package named in the Event header of the request. Notifiers answer an unsupported SUBSCRIBE this way, presence servers use it for PUBLISH, and a subscriber can use it for a NOTIFY carrying an event it does not understand. The response should include Allow-Events with the packages the server does handle.</source>
        <comment>description</comment>
        <translation>Der Empfänger unterstützt das im Event-Header der Anfrage genannte Event-Package nicht. Notifier beantworten ein nicht unterstütztes SUBSCRIBE auf diese Weise, Presence-Server verwenden sie für PUBLISH, und ein Subscriber kann sie für ein NOTIFY verwenden, das ein ihm unbekanntes Event enthält. Die Antwort sollte Allow-Events mit den Packages enthalten, die der Server verarbeitet.</translation>
    </message>
    <message>
        <source>A phone sends SUBSCRIBE with Event: dialog for busy lamp field to a PBX or proxy without dialog event support. MWI subscriptions with Event: message-summary reach a server that does not provide voicemail notifications. Presence subscriptions or PUBLISH requests hit a plain registrar, or a device rejects an unsolicited NOTIFY such as a check-sync or reboot event it does not support.</source>
        <comment>seenWhen</comment>
        <translation>Ein Telefon sendet SUBSCRIBE mit Event: dialog für das Busy Lamp Field an eine TK-Anlage oder einen Proxy ohne Unterstützung für Dialog-Events. MWI-Subskriptionen mit Event: message-summary erreichen einen Server, der keine Voicemail-Benachrichtigungen bereitstellt. Presence-Subskriptionen oder PUBLISH-Anfragen treffen auf einen einfachen Registrar, oder ein Gerät lehnt ein unaufgefordertes NOTIFY ab, etwa ein check-sync- oder Reboot-Event, das es nicht unterstützt.</translation>
    </message>
    <message>
        <source>Notifiers, presence servers and PBXs receiving SUBSCRIBE or PUBLISH for an unknown package, and UAs receiving a NOTIFY they cannot handle.</source>
        <comment>sentBy</comment>
        <translation>Notifier, Presence-Server und TK-Anlagen, die SUBSCRIBE oder PUBLISH für ein unbekanntes Package erhalten, sowie UAs, die ein NOTIFY erhalten, das sie nicht verarbeiten können.</translation>
    </message>
    <message>
        <source>Only retry with an event package listed in Allow-Events. Repeating the same SUBSCRIBE will keep failing and may be rate-limited by the server.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage nur mit einem in Allow-Events aufgeführten Event-Package. Dasselbe SUBSCRIBE scheitert weiterhin und kann vom Server in der Rate begrenzt werden.</translation>
    </message>
    <message>
        <source>Read Allow-Events in the 489 to see which packages the server supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie Allow-Events in der 489, um zu sehen, welche Packages der Server unterstützt.</translation>
    </message>
    <message>
        <source>Enable the missing package on the server, for example presence, dialog or MWI support in the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie das fehlende Package auf dem Server, zum Beispiel Presence-, Dialog- oder MWI-Unterstützung in der TK-Anlage oder im Proxy.</translation>
    </message>
    <message>
        <source>If the server will never support it, disable that feature or subscription on the device.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Wird der Server es nie unterstützen, deaktivieren Sie diese Funktion bzw. Subskription auf dem Gerät.</translation>
    </message>
    <message>
        <source>Check the Event header spelling and parameters against the package name the server expects.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Prüfen Sie Schreibweise und Parameter des Event-Headers anhand des Package-Namens, den der Server erwartet.</translation>
    </message>
    <message>
        <source>Lists the event packages the server supports.</source>
        <comment>header Allow-Events</comment>
        <extracomment>Why to inspect the Allow-Events header</extracomment>
        <translation>Listet die Event-Packages auf, die der Server unterstützt.</translation>
    </message>
    <message>
        <source>The package requested; check its name and parameters.</source>
        <comment>header Event</comment>
        <extracomment>Why to inspect the Event header</extracomment>
        <translation>Das angeforderte Package; prüfen Sie dessen Namen und Parameter.</translation>
    </message>
    <message>
        <source>A 405 says the SUBSCRIBE or PUBLISH method itself is not allowed there.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>Eine 405 besagt, dass die Methode SUBSCRIBE oder PUBLISH selbst dort nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>A 501 says the method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Eine 501 besagt, dass die Methode überhaupt nicht implementiert ist.</translation>
    </message>
    <message>
        <source>A 481 to a NOTIFY or refresh means the subscription no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>Eine 481 auf ein NOTIFY oder eine Auffrischung bedeutet, dass die Subskription nicht mehr existiert.</translation>
    </message>
</context>
<context>
    <name>sip:491</name>
    <message>
        <source>Request Pending</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Anfrage ausstehend</translation>
    </message>
    <message>
        <source>Glare: a re-INVITE or UPDATE crossed with one from the other side; back off and retry.</source>
        <comment>summary</comment>
        <translation>Glare: Ein Re-INVITE oder UPDATE hat sich mit einem der Gegenseite überkreuzt; warten Sie ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The UAS received a request that would start a new offer/answer exchange while its own re-INVITE or UPDATE in the same dialog was still pending. Both sides usually get a 491 at the same moment. RFC 3261 section 14.1 resolves the tie with random timers: the side that generated the Call-ID waits 2.1 to 4 seconds before retrying, the other side waits up to 2 seconds, both in 10 ms steps.</source>
        <comment>description</comment>
        <translation>Der UAS hat eine Anfrage erhalten, die einen neuen Offer/Answer-Austausch starten würde, während sein eigenes Re-INVITE oder UPDATE im selben Dialog noch ausstand. Beide Seiten erhalten in der Regel im selben Moment eine 491. RFC 3261 Abschnitt 14.1 löst den Konflikt mit zufälligen Timern auf: Die Seite, die die Call-ID erzeugt hat, wartet 2,1 bis 4 Sekunden vor dem erneuten Versuch, die andere Seite bis zu 2 Sekunden, jeweils in Schritten von 10 ms.</translation>
    </message>
    <message>
        <source>Both parties put a call on hold or resume at the same time, or an SBC sends a session-timer refresh while a phone sends a hold re-INVITE. Two fax gateways both detect fax tones and each send a T.38 re-INVITE. A B2BUA renegotiating media during a transfer collides with a re-INVITE from an endpoint.</source>
        <comment>seenWhen</comment>
        <translation>Beide Teilnehmer halten einen Anruf gleichzeitig oder holen ihn gleichzeitig zurück, oder ein SBC sendet einen Session-Timer-Refresh, während ein Telefon ein Re-INVITE zum Halten sendet. Zwei Fax-Gateways erkennen beide Faxtöne und senden jeweils ein T.38-Re-INVITE. Ein B2BUA, der während eines Transfers Medien neu aushandelt, kollidiert mit einem Re-INVITE eines Endpunkts.</translation>
    </message>
    <message>
        <source>A UA or B2BUA that already has an outstanding offer in the dialog when the other side&apos;s re-INVITE or UPDATE arrives.</source>
        <comment>sentBy</comment>
        <translation>Ein UA oder B2BUA, der bereits ein ausstehendes Angebot im Dialog hat, wenn das Re-INVITE oder UPDATE der Gegenseite eintrifft.</translation>
    </message>
    <message>
        <source>Retry the same change after the randomised delay: 2.1 to 4 seconds if you generated the Call-ID, 0 to 2 seconds otherwise. The call remains up meanwhile with its previous media.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie dieselbe Änderung nach der zufälligen Wartezeit: 2,1 bis 4 Sekunden, wenn Sie die Call-ID erzeugt haben, sonst 0 bis 2 Sekunden. Der Anruf bleibt währenddessen mit den bisherigen Medien bestehen.</translation>
    </message>
    <message>
        <source>Check that each side retries after a random delay within the RFC 3261 ranges and does not retry instantly.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob jede Seite nach einer zufälligen Wartezeit innerhalb der Bereiche aus RFC 3261 und nicht sofort erneut sendet.</translation>
    </message>
    <message>
        <source>If 491 repeats endlessly, look for stacks using fixed or identical timers and correct them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wiederholt sich die 491 endlos, suchen Sie nach Stacks mit festen oder identischen Timern und korrigieren Sie diese.</translation>
    </message>
    <message>
        <source>Configure only one side to initiate the T.38 switch, for example the terminating gateway.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Konfigurieren Sie nur eine Seite so, dass sie den Wechsel auf T.38 einleitet, zum Beispiel das terminierende Gateway.</translation>
    </message>
    <message>
        <source>Set the session timer refresher so only one side sends refreshes.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Legen Sie den Session-Timer-Refresher so fest, dass nur eine Seite Refreshes sendet.</translation>
    </message>
    <message>
        <source>Compare the CSeq numbers of the crossing requests to see which transactions collided.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>Vergleichen Sie die CSeq-Nummern der sich überkreuzenden Anfragen, um zu sehen, welche Transaktionen kollidiert sind.</translation>
    </message>
    <message>
        <source>Tells which side generated the dialog&apos;s Call-ID and so which back-off range applies.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation>Zeigt, welche Seite die Call-ID des Dialogs erzeugt hat und welcher Backoff-Bereich daher gilt.</translation>
    </message>
    <message>
        <source>A 500 with Retry-After is used for an overlapping INVITE with a lower CSeq, not for offer/answer glare.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Eine 500 mit Retry-After wird für ein überlappendes INVITE mit niedrigerer CSeq verwendet, nicht für Offer/Answer-Glare.</translation>
    </message>
    <message>
        <source>A 488 rejects the offer&apos;s contents, while 491 rejects only its timing.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 lehnt den Inhalt des Angebots ab, während 491 nur dessen Zeitpunkt ablehnt.</translation>
    </message>
</context>
<context>
    <name>sip:493</name>
    <message>
        <source>Undecipherable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht entschlüsselbar</translation>
    </message>
    <message>
        <source>The request had an encrypted S/MIME body that the UAS cannot decrypt.</source>
        <comment>summary</comment>
        <translation>Die Anfrage enthielt einen verschlüsselten S/MIME-Body, den der UAS nicht entschlüsseln kann.</translation>
    </message>
    <message>
        <source>The UAS received a body protected with S/MIME encryption and has no suitable key, or does not support the algorithm used, so it cannot read the content. Without the body it cannot act on the request. S/MIME in SIP is rarely deployed, so this code mostly appears in specialised secure environments and test labs.</source>
        <comment>description</comment>
        <translation>Der UAS hat einen mit S/MIME verschlüsselten Body erhalten und besitzt keinen passenden Schlüssel oder unterstützt den verwendeten Algorithmus nicht, sodass er den Inhalt nicht lesen kann. Ohne den Body kann er die Anfrage nicht ausführen. S/MIME wird in SIP selten eingesetzt, daher tritt dieser Code vor allem in spezialisierten Hochsicherheitsumgebungen und Testlaboren auf.</translation>
    </message>
    <message>
        <source>A secure SIP product encrypts the SDP with S/MIME toward a peer that does not support it. The sender encrypted with an old public key after the receiver rotated its certificate. Interoperability tests of S/MIME implementations with mismatched algorithms.</source>
        <comment>seenWhen</comment>
        <translation>Ein sicheres SIP-Produkt verschlüsselt das SDP per S/MIME gegenüber einer Gegenstelle, die dies nicht unterstützt. Der Absender hat mit einem alten öffentlichen Schlüssel verschlüsselt, nachdem der Empfänger sein Zertifikat erneuert hat. Interoperabilitätstests von S/MIME-Implementierungen mit nicht übereinstimmenden Algorithmen.</translation>
    </message>
    <message>
        <source>A UAS that receives an application/pkcs7-mime body it cannot decrypt.</source>
        <comment>sentBy</comment>
        <translation>Ein UAS, der einen application/pkcs7-mime-Body erhält, den er nicht entschlüsseln kann.</translation>
    </message>
    <message>
        <source>Retry with a body encrypted for a key the receiver holds, or without S/MIME. Sending the same encrypted body again will fail.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage mit einem Body, der für einen Schlüssel des Empfängers verschlüsselt ist, oder ohne S/MIME. Derselbe verschlüsselte Body scheitert erneut.</translation>
    </message>
    <message>
        <source>Check that the sender used the receiver&apos;s current certificate for encryption.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Absender das aktuelle Zertifikat des Empfängers zur Verschlüsselung verwendet hat.</translation>
    </message>
    <message>
        <source>Compare the encryption algorithms supported by both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vergleichen Sie die von beiden Seiten unterstützten Verschlüsselungsalgorithmen.</translation>
    </message>
    <message>
        <source>If end-to-end encryption of the body is not essential, turn off S/MIME and protect signalling with TLS (sips) instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ist eine Ende-zu-Ende-Verschlüsselung des Bodys nicht zwingend, deaktivieren Sie S/MIME und schützen Sie die Signalisierung stattdessen mit TLS (sips).</translation>
    </message>
    <message>
        <source>Shows the encrypted S/MIME body type in the rejected request.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Zeigt den verschlüsselten S/MIME-Body-Typ in der abgelehnten Anfrage.</translation>
    </message>
    <message>
        <source>A 415 refuses a body type outright; 493 understands the type but cannot decrypt it.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Eine 415 lehnt einen Body-Typ grundsätzlich ab; bei 493 wird der Typ verstanden, kann aber nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>A 400 is for malformed requests, whereas 493 concerns an encrypted body that is well formed but unreadable.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Eine 400 betrifft fehlerhafte Anfragen, während 493 einen verschlüsselten Body betrifft, der wohlgeformt, aber nicht lesbar ist.</translation>
    </message>
</context>
<context>
    <name>sip:494</name>
    <message>
        <source>Security Agreement Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Sicherheitsvereinbarung erforderlich</translation>
    </message>
    <message>
        <source>The server requires RFC 3329 security mechanism agreement (sec-agree) before it will process requests.</source>
        <comment>summary</comment>
        <translation>Der Server verlangt eine Vereinbarung des Sicherheitsmechanismus nach RFC 3329 (sec-agree), bevor er Anfragen bearbeitet.</translation>
    </message>
    <message>
        <source>The server insists on negotiating a security mechanism with the client, such as TLS, digest or IPsec, using the Security-Client, Security-Server and Security-Verify headers. The 494 carries Security-Server listing the mechanisms the server offers, typically with Require: sec-agree. The client chooses one, sets it up, and sends later requests over the protected channel with Security-Verify echoing the server&apos;s list.</source>
        <comment>description</comment>
        <translation>Der Server besteht darauf, mit dem Client einen Sicherheitsmechanismus wie TLS, Digest oder IPsec auszuhandeln, mithilfe der Header Security-Client, Security-Server und Security-Verify. Die 494 enthält Security-Server mit den vom Server angebotenen Mechanismen, typischerweise zusammen mit Require: sec-agree. Der Client wählt einen davon aus, richtet ihn ein und sendet spätere Anfragen über den geschützten Kanal mit Security-Verify, das die Liste des Servers wiedergibt.</translation>
    </message>
    <message>
        <source>IMS and VoLTE: a UE or softclient sends REGISTER to a P-CSCF without sec-agree, or after its IPsec security associations expired sends a request on an unprotected port. A Security-Verify header that does not match what the server sent, for example because an SBC rewrote it, is also answered with 494. Outside IMS it is seldom used.</source>
        <comment>seenWhen</comment>
        <translation>IMS und VoLTE: Ein UE oder Softclient sendet REGISTER ohne sec-agree an eine P-CSCF oder sendet nach Ablauf seiner IPsec-Security-Associations eine Anfrage an einen ungeschützten Port. Auch ein Security-Verify-Header, der nicht mit dem vom Server Gesendeten übereinstimmt, zum Beispiel weil ein SBC ihn umgeschrieben hat, wird mit 494 beantwortet. Außerhalb des IMS wird sie selten verwendet.</translation>
    </message>
    <message>
        <source>A first-hop proxy or registrar, most often an IMS P-CSCF, whose policy requires a negotiated security mechanism before accepting requests.</source>
        <comment>sentBy</comment>
        <translation>Ein Proxy oder Registrar am ersten Hop, meist eine IMS-P-CSCF, dessen Richtlinie einen ausgehandelten Sicherheitsmechanismus verlangt, bevor er Anfragen annimmt.</translation>
    </message>
    <message>
        <source>Retry after completing the security negotiation and sending the request over the agreed mechanism with Security-Verify. The same unprotected request will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie die Anfrage, nachdem die Sicherheitsaushandlung abgeschlossen ist, und senden Sie sie über den vereinbarten Mechanismus mit Security-Verify. Dieselbe ungeschützte Anfrage wird erneut abgelehnt.</translation>
    </message>
    <message>
        <source>Read the Security-Server header to see which mechanisms the server accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Security-Server-Header, um zu sehen, welche Mechanismen der Server akzeptiert.</translation>
    </message>
    <message>
        <source>Enable sec-agree on the client so it sends Security-Client and lists sec-agree in Require and Proxy-Require.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie sec-agree auf dem Client, damit er Security-Client sendet und sec-agree in Require und Proxy-Require aufführt.</translation>
    </message>
    <message>
        <source>Set up the chosen mechanism (TLS or IPsec-3gpp security associations) and send later requests on the protected ports.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Richten Sie den gewählten Mechanismus ein (TLS oder IPsec-3gpp-Security-Associations) und senden Sie spätere Anfragen an die geschützten Ports.</translation>
    </message>
    <message>
        <source>Make sure Security-Verify is copied exactly from the server&apos;s Security-Server and that no middlebox alters these headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass Security-Verify exakt aus dem Security-Server des Servers übernommen wird und keine Middlebox diese Header verändert.</translation>
    </message>
    <message>
        <source>Lists the mechanisms and parameters the server supports.</source>
        <comment>header Security-Server</comment>
        <extracomment>Why to inspect the Security-Server header</extracomment>
        <translation>Listet die Mechanismen und Parameter auf, die der Server unterstützt.</translation>
    </message>
    <message>
        <source>What the client offered; missing or mismatched entries cause the rejection.</source>
        <comment>header Security-Client</comment>
        <extracomment>Why to inspect the Security-Client header</extracomment>
        <translation>Das vom Client Angebotene; fehlende oder nicht übereinstimmende Einträge verursachen die Ablehnung.</translation>
    </message>
    <message>
        <source>Must mirror the server&apos;s list on protected requests.</source>
        <comment>header Security-Verify</comment>
        <extracomment>Why to inspect the Security-Verify header</extracomment>
        <translation>Muss bei geschützten Anfragen die Liste des Servers spiegeln.</translation>
    </message>
    <message>
        <source>Normally contains sec-agree in the 494.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Enthält in der 494 normalerweise sec-agree.</translation>
    </message>
    <message>
        <source>A 421 is the generic missing-extension response; 494 is specific to security agreement.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Eine 421 ist die generische Antwort bei fehlender Erweiterung; 494 betrifft speziell die Sicherheitsvereinbarung.</translation>
    </message>
    <message>
        <source>A 401 asks for credentials, which in IMS often comes in the same exchange as sec-agree setup.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>Eine 401 fordert Zugangsdaten an, was im IMS oft im selben Austausch wie die Einrichtung von sec-agree geschieht.</translation>
    </message>
    <message>
        <source>A 420 appears if sec-agree was required but the server does not implement it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 tritt auf, wenn sec-agree verlangt wurde, der Server es aber nicht implementiert.</translation>
    </message>
</context>
<context>
    <name>sip:500</name>
    <message>
        <source>Server Internal Error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>The server hit an unexpected condition and could not complete an otherwise valid request.</source>
        <comment>summary</comment>
        <translation>Der Server ist auf einen unerwarteten Zustand gestoßen und konnte eine an sich gültige Anfrage nicht abschließen.</translation>
    </message>
    <message>
        <source>A 500 is the generic server-side failure: the request itself looked fine, but something broke while the server was processing it. RFC 3261 also prescribes 500 for a few protocol situations, such as a mid-dialog request whose CSeq is lower than the last one seen, or a second INVITE in a dialog that arrives before the UAS has answered the previous one. The response may carry Retry-After to say when the request can be tried again.</source>
        <comment>description</comment>
        <translation>Eine 500 ist der generische serverseitige Fehler: Die Anfrage selbst sah korrekt aus, aber bei ihrer Bearbeitung auf dem Server ist etwas schiefgegangen. RFC 3261 schreibt 500 außerdem für einige Protokollsituationen vor, etwa für eine Anfrage innerhalb eines Dialogs, deren CSeq niedriger ist als die zuletzt gesehene, oder für ein zweites INVITE in einem Dialog, das eintrifft, bevor der UAS das vorherige beantwortet hat. Die Antwort kann Retry-After enthalten, um anzugeben, wann die Anfrage erneut versucht werden kann.</translation>
    </message>
    <message>
        <source>You see it when a PBX, SBC or application server throws an exception, loses its database or media resource, or runs into a script error in its routing logic. It is also what a stateful proxy sends upstream when its only downstream answer was a 503, so a 500 at the edge may hide a 503 further in. A re-INVITE sent before the previous one was answered gets a 500 with a random Retry-After of up to 10 seconds.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn eine TK-Anlage, ein SBC oder ein Application Server eine Exception auslöst, seine Datenbank- oder Medienressource verliert oder in seiner Routing-Logik auf einen Skriptfehler stößt. Sie ist auch das, was ein Stateful Proxy upstream sendet, wenn seine einzige Antwort von downstream eine 503 war; eine 500 am Netzrand kann also eine 503 weiter innen verbergen. Ein Re-INVITE, das vor der Beantwortung des vorherigen gesendet wird, erhält eine 500 mit einem zufälligen Retry-After von bis zu 10 Sekunden.</translation>
    </message>
    <message>
        <source>Any server that fails internally, most often a PBX, SBC, application server or PSTN gateway. Proxies also generate it in place of a downstream 503.</source>
        <comment>sentBy</comment>
        <translation>Jeder Server mit einem internen Fehler, meist eine TK-Anlage, ein SBC, ein Application Server oder ein PSTN-Gateway. Auch Proxys erzeugen sie anstelle einer 503 von downstream.</translation>
    </message>
    <message>
        <source>The same request may be sent again after a few seconds, or after the Retry-After interval when one is given. A router with alternative routes can also fail over, since the problem is usually local to the server that answered.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe Anfrage kann nach einigen Sekunden erneut gesendet werden, bzw. nach dem Retry-After-Intervall, falls eines angegeben ist. Ein Router mit alternativen Routen kann auch ein Failover durchführen, da das Problem meist lokal beim antwortenden Server liegt.</translation>
    </message>
    <message>
        <source>Read the Reason and Warning headers and the Server or User-Agent header to identify which element generated the 500.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie die Header Reason und Warning sowie den Server- oder User-Agent-Header, um das Element zu ermitteln, das die 500 erzeugt hat.</translation>
    </message>
    <message>
        <source>Check that element&apos;s logs for the Call-ID at the same timestamp; look for crashes, script errors, database or license failures.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Durchsuchen Sie die Logs dieses Elements zum selben Zeitpunkt nach der Call-ID; achten Sie auf Abstürze, Skriptfehler, Datenbank- oder Lizenzfehler.</translation>
    </message>
    <message>
        <source>If it came from a proxy, trace the downstream leg to see whether a 503 or timeout was converted into 500.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stammt sie von einem Proxy, verfolgen Sie das Downstream-Leg, um zu sehen, ob eine 503 oder ein Timeout in eine 500 umgewandelt wurde.</translation>
    </message>
    <message>
        <source>For a 500 on a re-INVITE, check whether the sender issued a new offer before the previous re-INVITE was answered, and wait for the Retry-After interval before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Prüfen Sie bei einer 500 auf ein Re-INVITE, ob der Absender ein neues Angebot gesendet hat, bevor das vorherige Re-INVITE beantwortet war, und warten Sie vor dem erneuten Senden das Retry-After-Intervall ab.</translation>
    </message>
    <message>
        <source>When present it says how many seconds to wait before sending the same request again, as in the overlapping re-INVITE case.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Gibt, falls vorhanden, an, wie viele Sekunden vor dem erneuten Senden derselben Anfrage zu warten ist, wie im Fall des überlappenden Re-INVITE.</translation>
    </message>
    <message>
        <source>A gateway may put the real cause here, for example a Q.850 cause from the PSTN side.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Ein Gateway kann hier die eigentliche Ursache angeben, zum Beispiel einen Q.850-Cause von der PSTN-Seite.</translation>
    </message>
    <message>
        <source>Identifies the product that failed, which tells you whose logs to read.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>Kennzeichnet das ausgefallene Produkt und damit, wessen Logs Sie lesen müssen.</translation>
    </message>
    <message>
        <source>A 503 says the server is overloaded or in maintenance and invites failover; 500 is an unexpected error.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Eine 503 besagt, dass der Server überlastet oder in Wartung ist, und lädt zum Failover ein; 500 ist ein unerwarteter Fehler.</translation>
    </message>
    <message>
        <source>A 504 blames a timeout toward another server rather than an internal fault.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>Eine 504 führt den Fehler auf einen Timeout gegenüber einem anderen Server zurück statt auf einen internen Fehler.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 500 to Q.850 cause 41 (temporary failure) toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 bildet 500 in Richtung ISUP auf Q.850-Cause 41 (Temporary failure) ab.</translation>
    </message>
</context>
<context>
    <name>sip:501</name>
    <message>
        <source>Not Implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht implementiert</translation>
    </message>
    <message>
        <source>The server does not support the functionality needed to handle the request, usually an unknown method.</source>
        <comment>summary</comment>
        <translation>Der Server unterstützt die zur Bearbeitung der Anfrage benötigte Funktionalität nicht, meist eine unbekannte Methode.</translation>
    </message>
    <message>
        <source>A 501 means the server lacks the capability to process the request at all, typically because it does not recognise the request method for any user. It differs from 405, which is used when the method is known but not allowed for the target resource. Proxies forward requests regardless of method, so a 501 nearly always comes from the far endpoint or a B2BUA.</source>
        <comment>description</comment>
        <translation>Eine 501 bedeutet, dass dem Server die Fähigkeit fehlt, die Anfrage überhaupt zu bearbeiten, typischerweise weil er die Methode der Anfrage für keinen Teilnehmer kennt. Sie unterscheidet sich von 405, die verwendet wird, wenn die Methode bekannt, für die Zielressource aber nicht erlaubt ist. Proxys leiten Anfragen unabhängig von der Methode weiter, daher stammt eine 501 fast immer vom entfernten Endpunkt oder von einem B2BUA.</translation>
    </message>
    <message>
        <source>It shows up when a UA sends a method the other side never implemented, such as UPDATE, PRACK, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE to an older phone, gateway or PBX. It is also common when DTMF is sent with INFO to a device that only supports RFC 4733 events, or when a keepalive OPTIONS hits a minimal SIP stack.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein UA eine Methode sendet, die die andere Seite nie implementiert hat, etwa UPDATE, PRACK, INFO, MESSAGE, REFER, PUBLISH oder SUBSCRIBE an ein älteres Telefon, Gateway oder eine ältere TK-Anlage. Häufig ist sie auch, wenn DTMF per INFO an ein Gerät gesendet wird, das nur Events nach RFC 4733 unterstützt, oder wenn ein Keepalive-OPTIONS auf einen minimalen SIP-Stack trifft.</translation>
    </message>
    <message>
        <source>Endpoints, B2BUAs and gateways whose SIP stack does not implement the method. A proxy normally does not send it because it forwards unknown methods.</source>
        <comment>sentBy</comment>
        <translation>Endpunkte, B2BUAs und Gateways, deren SIP-Stack die Methode nicht implementiert. Ein Proxy sendet sie normalerweise nicht, da er unbekannte Methoden weiterleitet.</translation>
    </message>
    <message>
        <source>Resending the same method to the same server will fail again. Retry only with a different mechanism, for example a re-INVITE instead of UPDATE.</source>
        <comment>retryNote</comment>
        <translation>Dieselbe Methode erneut an denselben Server zu senden scheitert wieder. Wiederholen Sie nur mit einem anderen Mechanismus, zum Beispiel einem Re-INVITE statt UPDATE.</translation>
    </message>
    <message>
        <source>Look at the CSeq method of the failed transaction to see which method was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Sehen Sie sich die CSeq-Methode der fehlgeschlagenen Transaktion an, um festzustellen, welche Methode abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Send OPTIONS to the peer, or read its Allow header in earlier responses, to see which methods it supports.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Senden Sie OPTIONS an die Gegenstelle oder lesen Sie ihren Allow-Header in früheren Antworten, um zu sehen, welche Methoden sie unterstützt.</translation>
    </message>
    <message>
        <source>Change the configuration to avoid that method, for example use re-INVITE instead of UPDATE or RFC 4733 DTMF instead of SIP INFO.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ändern Sie die Konfiguration so, dass diese Methode vermieden wird, zum Beispiel Re-INVITE statt UPDATE oder DTMF nach RFC 4733 statt SIP INFO.</translation>
    </message>
    <message>
        <source>If a B2BUA sits in the path, check whether it drops or refuses methods it does not relay.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Befindet sich ein B2BUA im Pfad, prüfen Sie, ob er Methoden verwirft oder ablehnt, die er nicht weiterreicht.</translation>
    </message>
    <message>
        <source>Its method name tells you which request type the server rejected.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>Der darin enthaltene Methodenname zeigt, welchen Anfragetyp der Server abgelehnt hat.</translation>
    </message>
    <message>
        <source>If the server included it, it lists the methods the server does support.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation>Hat der Server ihn beigefügt, listet er die Methoden auf, die der Server unterstützt.</translation>
    </message>
    <message>
        <source>A 405 means the method is recognised but not allowed for this resource; 501 means it is not implemented.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>Eine 405 bedeutet, dass die Methode bekannt, für diese Ressource aber nicht erlaubt ist; 501 bedeutet, dass sie nicht implementiert ist.</translation>
    </message>
    <message>
        <source>A 420 refuses an extension named in Require, not a method.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 lehnt eine in Require genannte Erweiterung ab, keine Methode.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 501 to Q.850 cause 79 (service or option not implemented).</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 bildet 501 auf Q.850-Cause 79 (Service or option not implemented) ab.</translation>
    </message>
</context>
<context>
    <name>sip:502</name>
    <message>
        <source>Bad Gateway</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Ungültiges Gateway</translation>
    </message>
    <message>
        <source>A proxy or gateway received an invalid response from the next server it contacted.</source>
        <comment>summary</comment>
        <translation>Ein Proxy oder Gateway hat vom nächsten kontaktierten Server eine ungültige Antwort erhalten.</translation>
    </message>
    <message>
        <source>A 502 is sent by an element acting as a gateway or proxy when the downstream server it relied on answered with something it could not use. The problem lies beyond the element that sent the 502, not in the original request. Gateways toward the PSTN also use it when the far network reports that the destination is out of order.</source>
        <comment>description</comment>
        <translation>Eine 502 wird von einem als Gateway oder Proxy agierenden Element gesendet, wenn der Server downstream, auf den es sich verlassen hat, mit etwas geantwortet hat, das es nicht verwenden konnte. Das Problem liegt hinter dem Element, das die 502 gesendet hat, nicht in der ursprünglichen Anfrage. Gateways ins PSTN verwenden sie auch, wenn das entfernte Netz meldet, dass das Ziel außer Betrieb ist.</translation>
    </message>
    <message>
        <source>You see it from SBCs and proxies when the carrier or PBX behind them returns a malformed response, drops the connection mid-transaction, or answers with a message that fails parsing. PSTN gateways map ISUP cause 27 (destination out of order) to 502, so it often appears when the called line or its terminating switch is down.</source>
        <comment>seenWhen</comment>
        <translation>Sie kommt von SBCs und Proxys, wenn der Carrier oder die TK-Anlage dahinter eine fehlerhafte Antwort zurückgibt, die Verbindung mitten in der Transaktion abbricht oder mit einer Nachricht antwortet, die sich nicht parsen lässt. PSTN-Gateways bilden ISUP-Cause 27 (Destination out of order) auf 502 ab, daher tritt sie oft auf, wenn der angerufene Anschluss oder seine terminierende Vermittlungsstelle ausgefallen ist.</translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that relay the request to another server and could not use the answer they received.</source>
        <comment>sentBy</comment>
        <translation>Proxys, SBCs und PSTN-Gateways, die die Anfrage an einen anderen Server weitergeben und die erhaltene Antwort nicht verwenden konnten.</translation>
    </message>
    <message>
        <source>The request itself may be fine, so a router should try another route or carrier. Resending to the same path usually fails until the downstream element is fixed.</source>
        <comment>retryNote</comment>
        <translation>Die Anfrage selbst kann in Ordnung sein, daher sollte ein Router eine andere Route oder einen anderen Carrier versuchen. Ein erneutes Senden über denselben Pfad scheitert meist, bis das Element downstream repariert ist.</translation>
    </message>
    <message>
        <source>Capture the downstream leg on the element that sent the 502 and inspect the response it got from the next hop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Zeichnen Sie auf dem Element, das die 502 gesendet hat, das Downstream-Leg auf und untersuchen Sie die Antwort, die es vom nächsten Hop erhalten hat.</translation>
    </message>
    <message>
        <source>Check that response for parsing problems such as bad Via, broken Content-Length, or invalid SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie diese Antwort auf Parsing-Probleme wie fehlerhaften Via, ungültige Content-Length oder ungültiges SDP.</translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause, which points at a PSTN-side failure such as cause 27 or 38.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Lesen Sie einen etwaigen Reason-Header auf einen Q.850-Cause hin, der auf einen Fehler auf PSTN-Seite wie Cause 27 oder 38 verweist.</translation>
    </message>
    <message>
        <source>Fail over to another trunk or route while the downstream issue is fixed.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Schalten Sie auf einen anderen Trunk oder eine andere Route um, während das Problem downstream behoben wird.</translation>
    </message>
    <message>
        <source>Often carries the Q.850 cause reported by the PSTN side of a gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Enthält oft den von der PSTN-Seite eines Gateways gemeldeten Q.850-Cause.</translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text naming the downstream peer or the parse error.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Manche SBCs fügen einen 399-Text hinzu, der die Gegenstelle downstream oder den Parsing-Fehler nennt.</translation>
    </message>
    <message>
        <source>A 504 means the downstream server did not answer in time rather than answering badly.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>Eine 504 bedeutet, dass der Server downstream nicht rechtzeitig geantwortet hat, statt fehlerhaft zu antworten.</translation>
    </message>
    <message>
        <source>A 503 means the server that answered is itself unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Eine 503 bedeutet, dass der antwortende Server selbst nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 502 to Q.850 cause 38 (network out of order).</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>RFC 3398 bildet 502 auf Q.850-Cause 38 (Network out of order) ab.</translation>
    </message>
</context>
<context>
    <name>sip:503</name>
    <message>
        <source>Service Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>The server is temporarily overloaded or in maintenance; try an alternate server, honouring Retry-After.</source>
        <comment>summary</comment>
        <translation>Der Server ist vorübergehend überlastet oder in Wartung; versuchen Sie einen alternativen Server und beachten Sie Retry-After.</translation>
    </message>
    <message>
        <source>A 503 says the server cannot handle requests right now because of overload or maintenance. With Retry-After it tells the client how long to avoid that server; without it, the client must treat the answer like a 500. A client that gets 503 should move on to the next server from RFC 3263 DNS SRV or NAPTR resolution, and a proxy should not pass a 503 upstream unless it knows every request it could route would fail, sending 500 instead.</source>
        <comment>description</comment>
        <translation>Eine 503 besagt, dass der Server wegen Überlastung oder Wartung derzeit keine Anfragen bearbeiten kann. Mit Retry-After teilt sie dem Client mit, wie lange er diesen Server meiden soll; ohne Retry-After muss der Client die Antwort wie eine 500 behandeln. Ein Client, der 503 erhält, sollte zum nächsten Server aus der DNS-SRV- oder NAPTR-Auflösung nach RFC 3263 übergehen, und ein Proxy sollte eine 503 nicht upstream weitergeben, es sei denn, er weiß, dass jede Anfrage, die er routen könnte, scheitern würde; stattdessen sendet er 500.</translation>
    </message>
    <message>
        <source>Typical cases are a registrar or PBX in maintenance, a proxy with no reachable destination in its dispatcher set, a trunk over its concurrent call limit, or an SBC shedding load. From carriers a 503 without Retry-After usually reflects a PSTN failure and comes with Reason: Q.850;cause=34 (no circuit available), 38 (network out of order), 41 (temporary failure) or 42 (switching equipment congestion).</source>
        <comment>seenWhen</comment>
        <translation>Typische Fälle sind ein Registrar oder eine TK-Anlage in Wartung, ein Proxy ohne erreichbares Ziel in seinem Dispatcher-Set, ein Trunk über seinem Limit für gleichzeitige Anrufe oder ein SBC, das Last abwirft. Von Carriern spiegelt eine 503 ohne Retry-After meist einen PSTN-Fehler wider und kommt mit Reason: Q.850;cause=34 (No circuit available), 38 (Network out of order), 41 (Temporary failure) oder 42 (Switching equipment congestion).</translation>
    </message>
    <message>
        <source>Servers that are overloaded or administratively down, and carrier gateways reporting congestion on the PSTN side. Proxies also send it when no downstream destination is available.</source>
        <comment>sentBy</comment>
        <translation>Server, die überlastet oder administrativ außer Betrieb sind, sowie Carrier-Gateways, die eine Überlastung auf der PSTN-Seite melden. Auch Proxys senden sie, wenn kein Ziel downstream verfügbar ist.</translation>
    </message>
    <message>
        <source>Forward the request to the next server from DNS SRV or the configured route list and do not send new requests to this server for the Retry-After period. A proxy whose only downstream answer is 503 should return 500 upstream so that the caller does not blacklist the proxy itself.</source>
        <comment>retryNote</comment>
        <translation>Leiten Sie die Anfrage an den nächsten Server aus DNS SRV oder der konfigurierten Routenliste weiter und senden Sie für die Dauer von Retry-After keine neuen Anfragen an diesen Server. Ein Proxy, dessen einzige Antwort von downstream eine 503 ist, sollte upstream eine 500 zurückgeben, damit der Anrufer nicht den Proxy selbst auf die Sperrliste setzt.</translation>
    </message>
    <message>
        <source>Check for Retry-After: if present, the server is asking to be left alone for that many seconds, so send traffic to another SRV target meanwhile.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie auf Retry-After: Ist es vorhanden, bittet der Server darum, für so viele Sekunden in Ruhe gelassen zu werden; senden Sie den Verkehr in dieser Zeit an ein anderes SRV-Ziel.</translation>
    </message>
    <message>
        <source>Read the Reason header for a Q.850 cause to tell trunk congestion (34, 42) from network faults (38, 41).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lesen Sie den Reason-Header auf einen Q.850-Cause hin, um Trunk-Überlastung (34, 42) von Netzfehlern (38, 41) zu unterscheiden.</translation>
    </message>
    <message>
        <source>Check channel or call limits, licenses and registration state on the trunk or PBX that answered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie Kanal- oder Anruflimits, Lizenzen und Registrierungsstatus auf dem Trunk bzw. der TK-Anlage, die geantwortet hat.</translation>
    </message>
    <message>
        <source>Make sure DNS SRV or the dialer/dispatcher list has a working secondary and that failover on 503 is enabled.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass DNS SRV bzw. die Dialer- oder Dispatcher-Liste ein funktionierendes sekundäres Ziel enthält und das Failover bei 503 aktiviert ist.</translation>
    </message>
    <message>
        <source>Tells how many seconds to avoid this server; without it the response is handled like a 500.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Gibt an, wie viele Sekunden dieser Server gemieden werden soll; ohne diesen Header wird die Antwort wie eine 500 behandelt.</translation>
    </message>
    <message>
        <source>Carrier gateways put the Q.850 cause here, for example cause=34 or cause=41.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Carrier-Gateways tragen hier den Q.850-Cause ein, zum Beispiel cause=34 oder cause=41.</translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text such as a call limit or capacity message.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Manche SBCs fügen einen 399-Text hinzu, etwa eine Meldung zum Anruflimit oder zur Kapazität.</translation>
    </message>
    <message>
        <source>A 500 is a generic failure; a 503 without Retry-After is handled as if it were a 500.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Eine 500 ist ein generischer Fehler; eine 503 ohne Retry-After wird so behandelt, als wäre sie eine 500.</translation>
    </message>
    <message>
        <source>A 480 says the callee is unavailable, not the server.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Eine 480 besagt, dass der Angerufene nicht verfügbar ist, nicht der Server.</translation>
    </message>
    <message>
        <source>No circuit available; RFC 3398 maps this ISUP cause to 503.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>No circuit available; RFC 3398 bildet diesen ISUP-Cause auf 503 ab.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 503 to cause 41 (temporary failure) and causes 38, 41 and 42 back to 503.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 bildet 503 auf Cause 41 (Temporary failure) und die Causes 38, 41 und 42 auf 503 ab.</translation>
    </message>
</context>
<context>
    <name>sip:504</name>
    <message>
        <source>Server Time-out</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Zeitüberschreitung des Servers</translation>
    </message>
    <message>
        <source>The server gave up waiting for another server it needed, such as DNS, a database or the next hop.</source>
        <comment>summary</comment>
        <translation>Der Server hat das Warten auf einen anderen benötigten Server aufgegeben, etwa DNS, eine Datenbank oder den nächsten Hop.</translation>
    </message>
    <message>
        <source>A 504 means the server tried to use some external server to process the request and did not get a timely answer. The failure is upstream of the server that replied, not in the request. RFC 3261 reserves 408 for the case where no answer arrived within the time given by Expires, but in practice many SBCs and gateways use 504 when their next hop stays silent.</source>
        <comment>description</comment>
        <translation>Eine 504 bedeutet, dass der Server versucht hat, zur Bearbeitung der Anfrage einen externen Server zu nutzen, und keine rechtzeitige Antwort erhalten hat. Der Fehler liegt jenseits des antwortenden Servers, nicht in der Anfrage. RFC 3261 sieht 408 für den Fall vor, dass innerhalb der durch Expires vorgegebenen Zeit keine Antwort eintraf, in der Praxis verwenden viele SBCs und Gateways jedoch 504, wenn ihr nächster Hop stumm bleibt.</translation>
    </message>
    <message>
        <source>You see it when a proxy&apos;s DNS lookup for the next hop times out, when an application server waits too long on a database, ENUM or LNP dip, or when an SBC&apos;s INVITE to the carrier gets no response before Timer B fires. Microsoft Teams Direct Routing and many trunks report 504 when the SBC or gateway behind them does not respond.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn die DNS-Abfrage eines Proxys für den nächsten Hop in einen Timeout läuft, wenn ein Application Server zu lange auf eine Datenbank-, ENUM- oder LNP-Abfrage wartet oder wenn das INVITE eines SBC an den Carrier keine Antwort erhält, bevor Timer B abläuft. Microsoft Teams Direct Routing und viele Trunks melden 504, wenn das SBC oder Gateway dahinter nicht antwortet.</translation>
    </message>
    <message>
        <source>Proxies, SBCs and gateways that depend on another server or lookup that timed out.</source>
        <comment>sentBy</comment>
        <translation>Proxys, SBCs und Gateways, die von einem anderen Server oder einer Abfrage abhängen, die in einen Timeout gelaufen ist.</translation>
    </message>
    <message>
        <source>Try an alternative route or server right away if one exists. Resending to the same path is only useful once the unreachable host or lookup recovers.</source>
        <comment>retryNote</comment>
        <translation>Versuchen Sie sofort eine alternative Route oder einen alternativen Server, falls vorhanden. Ein erneutes Senden über denselben Pfad ist erst sinnvoll, wenn der nicht erreichbare Host bzw. die Abfrage wieder funktioniert.</translation>
    </message>
    <message>
        <source>Find which element sent the 504 from Via and Server headers, then look at its outbound leg for the unanswered request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie anhand der Via- und Server-Header, welches Element die 504 gesendet hat, und sehen Sie sich dann dessen ausgehendes Leg auf die unbeantwortete Anfrage hin an.</translation>
    </message>
    <message>
        <source>Check DNS resolution (NAPTR, SRV, A records) for the next hop and the reachability of that host on the right transport and port.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die DNS-Auflösung (NAPTR-, SRV-, A-Einträge) für den nächsten Hop und die Erreichbarkeit dieses Hosts über den richtigen Transport und Port.</translation>
    </message>
    <message>
        <source>Check firewalls and NAT for dropped SIP, especially large UDP INVITEs that fragment.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie Firewalls und NAT auf verworfene SIP-Nachrichten, insbesondere große UDP-INVITEs, die fragmentiert werden.</translation>
    </message>
    <message>
        <source>Review timeouts on database, ENUM or routing lookups and add a secondary next hop.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Überprüfen Sie die Timeouts von Datenbank-, ENUM- oder Routing-Abfragen und fügen Sie einen sekundären nächsten Hop hinzu.</translation>
    </message>
    <message>
        <source>May name the timeout, for example Q.850 cause 102, on gateways.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Kann bei Gateways den Timeout benennen, zum Beispiel Q.850-Cause 102.</translation>
    </message>
    <message>
        <source>Some products add a 399 text naming the host or lookup that timed out.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Manche Produkte fügen einen 399-Text hinzu, der den Host oder die Abfrage nennt, die in einen Timeout gelaufen ist.</translation>
    </message>
    <message>
        <source>A 408 is the standard code for no final answer from the callee side within the transaction timeout.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Eine 408 ist der Standardcode dafür, dass von der angerufenen Seite innerhalb des Transaktions-Timeouts keine finale Antwort kam.</translation>
    </message>
    <message>
        <source>A 503 is an explicit refusal due to overload rather than silence.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>Eine 503 ist eine ausdrückliche Ablehnung wegen Überlastung und kein Schweigen.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 504 to Q.850 cause 102 (recovery on timer expiry).</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation>RFC 3398 bildet 504 auf Q.850-Cause 102 (Recovery on timer expiry) ab.</translation>
    </message>
</context>
<context>
    <name>sip:505</name>
    <message>
        <source>Version Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Version nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not support the SIP protocol version used in the request.</source>
        <comment>summary</comment>
        <translation>Der Server unterstützt die in der Anfrage verwendete SIP-Protokollversion nicht.</translation>
    </message>
    <message>
        <source>A 505 rejects the request because the version string in the request line, such as something other than SIP/2.0, is not supported. Since nearly all deployed equipment speaks SIP/2.0, a 505 usually points to a broken or non-SIP sender rather than a real version mismatch.</source>
        <comment>description</comment>
        <translation>Eine 505 lehnt die Anfrage ab, weil der Versionsstring in der Request-Line, etwa etwas anderes als SIP/2.0, nicht unterstützt wird. Da nahezu alle eingesetzten Geräte SIP/2.0 sprechen, deutet eine 505 meist auf einen fehlerhaften oder Nicht-SIP-Absender hin und nicht auf eine echte Versionsabweichung.</translation>
    </message>
    <message>
        <source>It appears with scanners and fuzzers sending odd request lines, with old SIP/1.0 devices, with HTTP or other traffic aimed at port 5060, and with buggy stacks or header manipulation rules that corrupt the request line or Via sent-protocol.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei Scannern und Fuzzern auf, die ungewöhnliche Request-Lines senden, bei alten SIP/1.0-Geräten, bei HTTP- oder anderem Verkehr, der an Port 5060 gerichtet ist, sowie bei fehlerhaften Stacks oder Header-Manipulationsregeln, die die Request-Line oder das Sent-Protocol im Via beschädigen.</translation>
    </message>
    <message>
        <source>Any SIP server that parses a request with an unsupported version string.</source>
        <comment>sentBy</comment>
        <translation>Jeder SIP-Server, der eine Anfrage mit einem nicht unterstützten Versionsstring parst.</translation>
    </message>
    <message>
        <source>The request can only succeed if it is resent with SIP/2.0. Do not retry unchanged.</source>
        <comment>retryNote</comment>
        <translation>Die Anfrage kann nur erfolgreich sein, wenn sie mit SIP/2.0 erneut gesendet wird. Wiederholen Sie sie nicht unverändert.</translation>
    </message>
    <message>
        <source>Inspect the raw request line and Via headers for the protocol version string.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Untersuchen Sie die rohe Request-Line und die Via-Header auf den Versionsstring des Protokolls.</translation>
    </message>
    <message>
        <source>Check SBC or proxy header manipulation rules that rewrite the request line.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie Header-Manipulationsregeln auf SBC oder Proxy, die die Request-Line umschreiben.</translation>
    </message>
    <message>
        <source>Identify the source IP; if it is a scanner, block it rather than troubleshooting further.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ermitteln Sie die Quell-IP; handelt es sich um einen Scanner, blockieren Sie ihn, statt weiter nach Fehlern zu suchen.</translation>
    </message>
    <message>
        <source>Each Via carries the protocol name and version, which must also read SIP/2.0.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Jeder Via enthält Protokollname und Version, die ebenfalls SIP/2.0 lauten müssen.</translation>
    </message>
    <message>
        <source>A 400 covers other malformed requests; 505 is specific to the version string.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Eine 400 deckt andere fehlerhafte Anfragen ab; 505 betrifft speziell den Versionsstring.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 505 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 bildet 505 auf Q.850-Cause 127 (Interworking, unspecified) ab.</translation>
    </message>
</context>
<context>
    <name>sip:513</name>
    <message>
        <source>Message Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>The request is longer than the server is able to process.</source>
        <comment>summary</comment>
        <translation>Die Anfrage ist länger, als der Server verarbeiten kann.</translation>
    </message>
    <message>
        <source>A 513 means the whole message exceeded the size the server can handle. It is closely linked to transport choice: RFC 3261 requires a request that exceeds 1300 bytes (when the path MTU is unknown) or comes within 200 bytes of the path MTU to be sent over a congestion-controlled transport such as TCP instead of UDP.</source>
        <comment>description</comment>
        <translation>Eine 513 bedeutet, dass die gesamte Nachricht die Größe überschritten hat, die der Server verarbeiten kann. Sie hängt eng mit der Wahl des Transports zusammen: RFC 3261 verlangt, dass eine Anfrage, die 1300 Bytes überschreitet (wenn die Pfad-MTU unbekannt ist) oder bis auf 200 Bytes an die Pfad-MTU heranreicht, über einen Transport mit Überlastkontrolle wie TCP statt über UDP gesendet wird.</translation>
    </message>
    <message>
        <source>It happens with large INVITEs carrying long SDP with many codecs, ICE candidates, crypto lines or video, with multipart bodies, or after many Via and Record-Route headers have been added. Some SBCs and older phones answer 513 when a UDP datagram exceeds their buffer, and fragmented UDP is often dropped by NAT and firewalls before it even arrives.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei großen INVITEs mit langem SDP mit vielen Codecs, ICE-Kandidaten, Crypto-Zeilen oder Video auf, bei Multipart-Bodys oder nachdem viele Via- und Record-Route-Header hinzugefügt wurden. Manche SBCs und ältere Telefone antworten mit 513, wenn ein UDP-Datagramm ihren Puffer überschreitet, und fragmentiertes UDP wird von NAT und Firewalls oft verworfen, bevor es überhaupt ankommt.</translation>
    </message>
    <message>
        <source>Endpoints, proxies and SBCs whose receive buffer or policy limits message length.</source>
        <comment>sentBy</comment>
        <translation>Endpunkte, Proxys und SBCs, deren Empfangspuffer oder Richtlinie die Nachrichtenlänge begrenzt.</translation>
    </message>
    <message>
        <source>Resend only after shrinking the message or switching to TCP or TLS. The same message over the same transport will fail again.</source>
        <comment>retryNote</comment>
        <translation>Senden Sie erst erneut, nachdem Sie die Nachricht verkleinert oder auf TCP oder TLS umgestellt haben. Dieselbe Nachricht über denselben Transport scheitert erneut.</translation>
    </message>
    <message>
        <source>Check the message size and transport in the trace; a UDP INVITE above roughly 1300 bytes is a red flag.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie Nachrichtengröße und Transport im Trace; ein UDP-INVITE mit mehr als etwa 1300 Bytes ist ein Warnsignal.</translation>
    </message>
    <message>
        <source>Switch the trunk or phone to TCP or TLS so large messages are not fragmented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Stellen Sie den Trunk oder das Telefon auf TCP oder TLS um, damit große Nachrichten nicht fragmentiert werden.</translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, and drop unnecessary headers added by header manipulation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Verkleinern Sie das SDP, indem Sie ungenutzte Codecs entfernen, und streichen Sie unnötige Header, die durch Header-Manipulation hinzugefügt wurden.</translation>
    </message>
    <message>
        <source>Enable compact header forms if the devices support them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Aktivieren Sie die kompakte Header-Form, sofern die Geräte sie unterstützen.</translation>
    </message>
    <message>
        <source>Shows the body size, which is usually the bulk of an oversized INVITE.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>Zeigt die Body-Größe, die meist den Großteil eines übergroßen INVITE ausmacht.</translation>
    </message>
    <message>
        <source>The transport token shows whether the oversized message went over UDP.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>Das Transport-Token zeigt, ob die übergroße Nachricht über UDP gesendet wurde.</translation>
    </message>
    <message>
        <source>A 413 rejects an oversized body specifically; 513 concerns the whole message.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>Eine 413 lehnt speziell einen übergroßen Body ab; 513 betrifft die gesamte Nachricht.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 513 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 bildet 513 auf Q.850-Cause 127 (Interworking, unspecified) ab.</translation>
    </message>
</context>
<context>
    <name>sip:555</name>
    <message>
        <source>Push Notification Service Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Push-Benachrichtigungsdienst nicht unterstützt</translation>
    </message>
    <message>
        <source>The proxy does not support the push notification service named in the REGISTER.</source>
        <comment>summary</comment>
        <translation>Der Proxy unterstützt den im REGISTER genannten Push-Benachrichtigungsdienst nicht.</translation>
    </message>
    <message>
        <source>RFC 8599 lets a mobile UA register with push parameters (pn-provider, pn-prid, pn-param) in its Contact URI so that a SIP proxy can wake it through a push service such as APNs or FCM before delivering a call. A 555 tells the UA that the proxy cannot use the push service it named, so the UA cannot rely on push to become reachable through that proxy.</source>
        <comment>description</comment>
        <translation>RFC 8599 ermöglicht es einem mobilen UA, sich mit Push-Parametern (pn-provider, pn-prid, pn-param) in seiner Contact-URI zu registrieren, damit ein SIP-Proxy ihn vor der Zustellung eines Anrufs über einen Push-Dienst wie APNs oder FCM aufwecken kann. Eine 555 teilt dem UA mit, dass der Proxy den genannten Push-Dienst nicht nutzen kann, sodass sich der UA nicht darauf verlassen kann, über diesen Proxy per Push erreichbar zu werden.</translation>
    </message>
    <message>
        <source>You see it in reply to a REGISTER from a mobile softphone whose Contact carries a pn-provider value the server does not support, for example an iOS app asking for apns against a server that only implements fcm, or an app pointed at a platform without RFC 8599 support.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt als Antwort auf ein REGISTER eines mobilen Softphones auf, dessen Contact einen pn-provider-Wert enthält, den der Server nicht unterstützt, zum Beispiel eine iOS-App, die apns gegenüber einem Server anfordert, der nur fcm implementiert, oder eine App, die auf eine Plattform ohne Unterstützung für RFC 8599 zeigt.</translation>
    </message>
    <message>
        <source>The SIP proxy in front of the registrar that is responsible for sending push notifications.</source>
        <comment>sentBy</comment>
        <translation>Der SIP-Proxy vor dem Registrar, der für das Senden von Push-Benachrichtigungen zuständig ist.</translation>
    </message>
    <message>
        <source>Re-register only with a supported pn-provider or without push parameters. Repeating the same REGISTER will keep failing.</source>
        <comment>retryNote</comment>
        <translation>Registrieren Sie sich nur mit einem unterstützten pn-provider oder ohne Push-Parameter neu. Dasselbe REGISTER scheitert weiterhin.</translation>
    </message>
    <message>
        <source>Look at the Contact URI of the REGISTER and note the pn-provider, pn-prid and pn-param values.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Sehen Sie sich die Contact-URI des REGISTER an und notieren Sie die Werte von pn-provider, pn-prid und pn-param.</translation>
    </message>
    <message>
        <source>Check which push services the proxy supports, for example from the sip.pns value in Feature-Caps of successful registrations.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, welche Push-Dienste der Proxy unterstützt, zum Beispiel anhand des Werts sip.pns in Feature-Caps erfolgreicher Registrierungen.</translation>
    </message>
    <message>
        <source>Configure the app for a supported push service, or register without push parameters and keep the connection alive by other means.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Konfigurieren Sie die App für einen unterstützten Push-Dienst, oder registrieren Sie sich ohne Push-Parameter und halten Sie die Verbindung auf andere Weise aufrecht.</translation>
    </message>
    <message>
        <source>On the server side, add the push provider credentials for that service if it should be supported.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Hinterlegen Sie auf der Serverseite die Zugangsdaten des Push-Providers für diesen Dienst, falls er unterstützt werden soll.</translation>
    </message>
    <message>
        <source>Carries the pn-provider, pn-prid and pn-param URI parameters that named the push service.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>Enthält die URI-Parameter pn-provider, pn-prid und pn-param, die den Push-Dienst benannt haben.</translation>
    </message>
    <message>
        <source>A proxy that supports push advertises sip.pns here, listing the service it can use.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>Ein Proxy, der Push unterstützt, kündigt hier sip.pns an und nennt den Dienst, den er nutzen kann.</translation>
    </message>
    <message>
        <source>A 420 rejects an extension listed in Require; 555 rejects the chosen push service.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 lehnt eine in Require aufgeführte Erweiterung ab; 555 lehnt den gewählten Push-Dienst ab.</translation>
    </message>
    <message>
        <source>A 501 means a method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>Eine 501 bedeutet, dass eine Methode überhaupt nicht implementiert ist.</translation>
    </message>
</context>
<context>
    <name>sip:580</name>
    <message>
        <source>Precondition Failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Vorbedingung nicht erfüllt</translation>
    </message>
    <message>
        <source>The session cannot be set up because a required precondition, usually QoS reservation, cannot be met.</source>
        <comment>summary</comment>
        <translation>Die Sitzung kann nicht aufgebaut werden, weil eine erforderliche Vorbedingung, meist eine QoS-Reservierung, nicht erfüllt werden kann.</translation>
    </message>
    <message>
        <source>RFC 3312 lets an INVITE make session setup depend on preconditions such as QoS resource reservation, negotiated with a=curr, a=des and a=conf in SDP and signalled with the precondition option tag. When a mandatory precondition cannot be met, the answerer rejects the offer with 580 and includes SDP that marks the failed precondition with the strength tag failure, or unknown for precondition types it does not understand. RFC 4032 updates the framework.</source>
        <comment>description</comment>
        <translation>RFC 3312 ermöglicht es einem INVITE, den Sitzungsaufbau von Vorbedingungen wie einer QoS-Ressourcenreservierung abhängig zu machen, die mit a=curr, a=des und a=conf im SDP ausgehandelt und mit dem Option-Tag precondition signalisiert werden. Kann eine verpflichtende Vorbedingung nicht erfüllt werden, lehnt der Antwortende das Angebot mit 580 ab und fügt SDP bei, das die gescheiterte Vorbedingung mit dem Strength-Tag failure kennzeichnet, bzw. unknown für Vorbedingungstypen, die er nicht versteht. RFC 4032 aktualisiert das Framework.</translation>
    </message>
    <message>
        <source>It is most common in IMS, VoLTE and VoNR, where a UE or P-CSCF cannot obtain the dedicated voice bearer (for example a 5QI 1 or QCI 1 GBR bearer) and the call fails before alerting. It also appears when an INVITE carries Require: precondition toward a network element that cannot reserve resources.</source>
        <comment>seenWhen</comment>
        <translation>Am häufigsten ist sie im IMS, bei VoLTE und VoNR, wenn ein UE oder eine P-CSCF den dedizierten Sprach-Bearer (zum Beispiel einen GBR-Bearer mit 5QI 1 oder QCI 1) nicht erhält und der Anruf vor dem Klingeln scheitert. Sie tritt auch auf, wenn ein INVITE Require: precondition gegenüber einem Netzelement enthält, das keine Ressourcen reservieren kann.</translation>
    </message>
    <message>
        <source>The answerer, typically a UE or an IMS element, that could not satisfy a mandatory precondition.</source>
        <comment>sentBy</comment>
        <translation>Der Antwortende, typischerweise ein UE oder ein IMS-Element, der eine verpflichtende Vorbedingung nicht erfüllen konnte.</translation>
    </message>
    <message>
        <source>A new attempt may succeed once resources are available, but do not loop immediately. If policy allows, retry without mandatory preconditions.</source>
        <comment>retryNote</comment>
        <translation>Ein neuer Versuch kann erfolgreich sein, sobald Ressourcen verfügbar sind, wiederholen Sie aber nicht sofort in einer Schleife. Wenn die Richtlinie es zulässt, versuchen Sie es ohne verpflichtende Vorbedingungen erneut.</translation>
    </message>
    <message>
        <source>Check the INVITE for Require or Supported: precondition and the a=des:qos lines to see which preconditions were mandatory.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie das INVITE auf Require bzw. Supported: precondition und die a=des:qos-Zeilen, um zu sehen, welche Vorbedingungen verpflichtend waren.</translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which stream and which status type (local, remote, e2e) failed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Lesen Sie das SDP in der 580, um zu sehen, welcher Stream und welcher Statustyp (local, remote, e2e) gescheitert ist.</translation>
    </message>
    <message>
        <source>On mobile networks, check bearer setup on the PCRF/PCF and radio side at the same time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie in Mobilfunknetzen gleichzeitig den Bearer-Aufbau auf PCRF/PCF- und Funkseite.</translation>
    </message>
    <message>
        <source>If the far end does not need QoS preconditions, send the offer with Supported instead of Require so the call can proceed without them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Benötigt die Gegenseite keine QoS-Vorbedingungen, senden Sie das Angebot mit Supported statt Require, damit der Anruf ohne sie zustande kommen kann.</translation>
    </message>
    <message>
        <source>Shows whether the INVITE made preconditions mandatory with the precondition option tag.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Zeigt, ob das INVITE Vorbedingungen mit dem Option-Tag precondition verpflichtend gemacht hat.</translation>
    </message>
    <message>
        <source>Shows whether preconditions were offered as optional.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>Zeigt, ob Vorbedingungen als optional angeboten wurden.</translation>
    </message>
    <message>
        <source>IMS elements often add a reason such as a bearer loss or resource failure cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>IMS-Elemente fügen oft einen Grund hinzu, etwa einen Cause für Bearer-Verlust oder Ressourcenmangel.</translation>
    </message>
    <message>
        <source>A 488 rejects the SDP itself; 580 means the SDP was fine but the precondition failed.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 lehnt das SDP selbst ab; 580 bedeutet, dass das SDP in Ordnung war, die Vorbedingung aber nicht erfüllt wurde.</translation>
    </message>
    <message>
        <source>A 420 is returned when the UAS does not support the precondition extension at all.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>Eine 420 wird zurückgegeben, wenn der UAS die Precondition-Erweiterung überhaupt nicht unterstützt.</translation>
    </message>
    <message>
        <source>A 421 is sent when the UAS requires preconditions that the UAC did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Eine 421 wird gesendet, wenn der UAS Vorbedingungen verlangt, die der UAC nicht angeboten hat.</translation>
    </message>
</context>
<context>
    <name>sip:600</name>
    <message>
        <source>Busy Everywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Überall besetzt</translation>
    </message>
    <message>
        <source>The callee is busy and no other location will take the call now; Retry-After may give a callback time.</source>
        <comment>summary</comment>
        <translation>Der Angerufene ist besetzt, und kein anderer Standort nimmt den Anruf jetzt an; Retry-After kann einen Rückrufzeitpunkt nennen.</translation>
    </message>
    <message>
        <source>A 600 reports that the callee was reached but is busy and does not want the call at this time, and it should only be sent when the responder knows that no other end system would accept it. As a 6xx global failure it makes a forking proxy cancel its other pending branches and stop creating new ones. A Retry-After header can indicate when to call back.</source>
        <comment>description</comment>
        <translation>Eine 600 meldet, dass der Angerufene erreicht wurde, aber besetzt ist und den Anruf derzeit nicht annehmen möchte; sie sollte nur gesendet werden, wenn der Antwortende weiß, dass kein anderes Endsystem den Anruf annehmen würde. Als globaler 6xx-Fehler veranlasst sie einen forkenden Proxy, seine anderen ausstehenden Branches abzubrechen und keine neuen mehr zu erzeugen. Ein Retry-After-Header kann angeben, wann ein Rückruf sinnvoll ist.</translation>
    </message>
    <message>
        <source>You see it when a user with multiple devices or a hunt group is busy on every one and the system answers authoritatively, or when a PBX applies do-not-disturb or a per-user call limit across all devices. Some phones and PBXs send 600 where 486 was intended, which stops forking to voicemail or other devices.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Teilnehmer mit mehreren Geräten oder eine Sammelrufgruppe auf allen Geräten besetzt ist und das System verbindlich antwortet, oder wenn eine TK-Anlage „Nicht stören“ oder ein Anruflimit pro Teilnehmer geräteübergreifend anwendet. Manche Telefone und TK-Anlagen senden 600, wo 486 gemeint war, was das Forking zur Voicemail oder zu anderen Geräten stoppt.</translation>
    </message>
    <message>
        <source>A UAS or PBX that has authoritative knowledge that the user is busy at every location.</source>
        <comment>sentBy</comment>
        <translation>Ein UAS oder eine TK-Anlage mit verbindlicher Kenntnis, dass der Teilnehmer an allen Standorten besetzt ist.</translation>
    </message>
    <message>
        <source>Do not try other locations for this call; a forking proxy cancels outstanding branches on a 6xx. The caller may try again later, after the Retry-After time if one is present.</source>
        <comment>retryNote</comment>
        <translation>Versuchen Sie für diesen Anruf keine anderen Standorte; ein forkender Proxy bricht bei einer 6xx ausstehende Branches ab. Der Anrufer kann es später erneut versuchen, nach Ablauf der Retry-After-Zeit, falls angegeben.</translation>
    </message>
    <message>
        <source>Confirm the callee really is busy on all devices and that DND or a per-user call limit is not set by mistake.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass der Angerufene wirklich auf allen Geräten besetzt ist und dass „Nicht stören“ (DND) oder ein Anruflimit pro Teilnehmer nicht versehentlich gesetzt ist.</translation>
    </message>
    <message>
        <source>If other devices or voicemail should have been tried, change the device or PBX to send 486 instead so forking continues.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Hätten andere Geräte oder die Voicemail versucht werden sollen, stellen Sie das Gerät oder die TK-Anlage so um, dass stattdessen 486 gesendet wird, damit das Forking weiterläuft.</translation>
    </message>
    <message>
        <source>Honour Retry-After if you run an auto-dialer or callback service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Beachten Sie Retry-After, wenn Sie einen automatischen Wähler oder Rückrufdienst betreiben.</translation>
    </message>
    <message>
        <source>May say when the callee expects to be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Kann angeben, wann der Angerufene voraussichtlich frei ist.</translation>
    </message>
    <message>
        <source>A gateway may include Q.850 cause 17 (user busy).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Ein Gateway kann Q.850-Cause 17 (User busy) beifügen.</translation>
    </message>
    <message>
        <source>A 486 is busy at this location only, so a forking proxy keeps trying other branches.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Eine 486 bedeutet nur an diesem Standort besetzt, daher versucht ein forkender Proxy weiterhin andere Branches.</translation>
    </message>
    <message>
        <source>A 603 is an explicit refusal rather than busy.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 ist eine ausdrückliche Ablehnung und kein Besetztzustand.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 600 to Q.850 cause 17 (user busy).</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>RFC 3398 bildet 600 auf Q.850-Cause 17 (User busy) ab.</translation>
    </message>
</context>
<context>
    <name>sip:603</name>
    <message>
        <source>Decline</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>The callee explicitly rejected the call; a Retry-After may suggest a better time.</source>
        <comment>summary</comment>
        <translation>Der Angerufene hat den Anruf ausdrücklich abgelehnt; ein Retry-After kann einen besseren Zeitpunkt vorschlagen.</translation>
    </message>
    <message>
        <source>A 603 means the callee&apos;s device was reached but the user, or a policy acting for the user, chose not to take the call. Being a 6xx global failure it ends the search: a forking proxy cancels its other branches, so other devices and forwarding rules are not tried. Retry-After may suggest a later time.</source>
        <comment>description</comment>
        <translation>Eine 603 bedeutet, dass das Gerät des Angerufenen erreicht wurde, der Teilnehmer oder eine in seinem Auftrag handelnde Richtlinie den Anruf aber nicht annehmen wollte. Als globaler 6xx-Fehler beendet sie die Suche: Ein forkender Proxy bricht seine anderen Branches ab, sodass andere Geräte und Umleitungsregeln nicht versucht werden. Retry-After kann einen späteren Zeitpunkt vorschlagen.</translation>
    </message>
    <message>
        <source>You see it when a user presses Reject or Decline on a phone or softphone configured to send 603, when a PBX call screening or blacklist rule refuses the caller, and when carrier robocall filters block calls. Because it stops forking, a 603 from one device can prevent the call from reaching other devices or voicemail.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Teilnehmer an einem Telefon oder Softphone, das für das Senden von 603 konfiguriert ist, auf Abweisen bzw. Ablehnen drückt, wenn eine Anruffilter- oder Sperrlistenregel einer TK-Anlage den Anrufer abweist und wenn Robocall-Filter von Carriern Anrufe blockieren. Da sie das Forking stoppt, kann eine 603 von einem Gerät verhindern, dass der Anruf andere Geräte oder die Voicemail erreicht.</translation>
    </message>
    <message>
        <source>The called endpoint when the user declines, or a PBX or carrier element rejecting the call on the user&apos;s behalf.</source>
        <comment>sentBy</comment>
        <translation>Der angerufene Endpunkt, wenn der Teilnehmer ablehnt, oder eine TK-Anlage bzw. ein Carrier-Element, das den Anruf im Auftrag des Teilnehmers abweist.</translation>
    </message>
    <message>
        <source>Do not retry automatically and do not try other locations; the decision is final for this call. If Retry-After is present, a new call may be placed after that time.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie den Anruf nicht automatisch und versuchen Sie keine anderen Standorte; die Entscheidung ist für diesen Anruf endgültig. Ist Retry-After vorhanden, kann nach dieser Zeit ein neuer Anruf getätigt werden.</translation>
    </message>
    <message>
        <source>Check whether the callee rejected the call manually or a screening, blacklist or anonymous-call rule fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie, ob der Angerufene den Anruf manuell abgelehnt hat oder ob eine Filter-, Sperrlisten- oder Anonym-Regel gegriffen hat.</translation>
    </message>
    <message>
        <source>If rejecting on one device should still send the call to voicemail or other devices, configure the phone to send 486 instead of 603.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Soll eine Ablehnung auf einem Gerät den Anruf trotzdem an die Voicemail oder andere Geräte weitergeben, konfigurieren Sie das Telefon so, dass es 486 statt 603 sendet.</translation>
    </message>
    <message>
        <source>For outbound campaigns, check caller ID reputation and STIR/SHAKEN attestation if carriers decline calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie bei ausgehenden Kampagnen die Reputation der Rufnummer und die STIR/SHAKEN-Attestierung, wenn Carrier Anrufe ablehnen.</translation>
    </message>
    <message>
        <source>May indicate when the callee would accept a call.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>Kann angeben, wann der Angerufene einen Anruf annehmen würde.</translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 21 (call rejected) or a vendor text.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Gateways können Q.850-Cause 21 (Call rejected) oder einen herstellerspezifischen Text hinzufügen.</translation>
    </message>
    <message>
        <source>A 486 is busy at one location and lets forking continue.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>Eine 486 bedeutet besetzt an einem Standort und lässt das Forking weiterlaufen.</translation>
    </message>
    <message>
        <source>A 607 additionally says the caller is unwanted, for example spam.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation>Eine 607 besagt zusätzlich, dass der Anrufer unerwünscht ist, zum Beispiel Spam.</translation>
    </message>
    <message>
        <source>A 600 reports busy everywhere rather than a deliberate refusal.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>Eine 600 meldet überall besetzt statt einer bewussten Ablehnung.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 603 to Q.850 cause 21 (call rejected).</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 bildet 603 auf Q.850-Cause 21 (Call rejected) ab.</translation>
    </message>
</context>
<context>
    <name>sip:604</name>
    <message>
        <source>Does Not Exist Anywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Existiert nirgendwo</translation>
    </message>
    <message>
        <source>The server has authoritative information that the requested user does not exist anywhere.</source>
        <comment>summary</comment>
        <translation>Der Server hat verbindliche Informationen, dass der angefragte Teilnehmer nirgendwo existiert.</translation>
    </message>
    <message>
        <source>A 604 is the global form of 404: the responder knows for certain that the user in the Request-URI does not exist at any location, not just at this server. Because it is a 6xx, forking stops and other targets are not tried.</source>
        <comment>description</comment>
        <translation>Eine 604 ist die globale Form von 404: Der Antwortende weiß mit Sicherheit, dass der Teilnehmer in der Request-URI an keinem Standort existiert, nicht nur auf diesem Server. Da es sich um eine 6xx handelt, wird das Forking beendet und andere Ziele werden nicht versucht.</translation>
    </message>
    <message>
        <source>You see it from a carrier or number database when a dialed number is unassigned or disconnected, from a PBX that owns the whole domain and has no such user, and from routing engines after an LNP or ENUM lookup that returns no record.</source>
        <comment>seenWhen</comment>
        <translation>Sie kommt von einem Carrier oder einer Rufnummerndatenbank, wenn eine gewählte Rufnummer nicht vergeben oder abgeschaltet ist, von einer TK-Anlage, der die gesamte Domain gehört und die keinen solchen Teilnehmer hat, sowie von Routing-Engines nach einer LNP- oder ENUM-Abfrage ohne Ergebnis.</translation>
    </message>
    <message>
        <source>A proxy, redirect server or PBX that is authoritative for the user or number range.</source>
        <comment>sentBy</comment>
        <translation>Ein Proxy, ein Redirect-Server oder eine TK-Anlage, der bzw. die für den Teilnehmer bzw. den Rufnummernbereich zuständig ist.</translation>
    </message>
    <message>
        <source>Do not retry the same URI on other routes; the answer is authoritative. Only a corrected Request-URI can succeed.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie dieselbe URI nicht über andere Routen; die Antwort ist verbindlich. Nur eine korrigierte Request-URI kann erfolgreich sein.</translation>
    </message>
    <message>
        <source>Check the Request-URI for digit manipulation errors, missing country code or wrong prefix.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Request-URI auf Fehler bei der Ziffernmanipulation, eine fehlende Landesvorwahl oder ein falsches Präfix.</translation>
    </message>
    <message>
        <source>Confirm the number or user really exists in the provisioning or number portability data.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass die Rufnummer bzw. der Teilnehmer in den Provisioning- oder Portierungsdaten tatsächlich existiert.</translation>
    </message>
    <message>
        <source>If the sender is not authoritative for the domain, change it to return 404 so other routes can be tried.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Ist der Absender für die Domain nicht zuständig, stellen Sie ihn so um, dass er 404 zurückgibt, damit andere Routen versucht werden können.</translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 1 (unallocated number).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>Gateways können Q.850-Cause 1 (Unallocated number) hinzufügen.</translation>
    </message>
    <message>
        <source>A 404 is not found at this server only, so other routes may still work.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>Eine 404 bedeutet nur auf diesem Server nicht gefunden, andere Routen können also noch funktionieren.</translation>
    </message>
    <message>
        <source>A 410 says the user existed once and is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>Eine 410 besagt, dass der Teilnehmer einmal existierte und dauerhaft nicht mehr vorhanden ist.</translation>
    </message>
    <message>
        <source>RFC 3398 maps 604 to Q.850 cause 1 (unallocated number).</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>RFC 3398 bildet 604 auf Q.850-Cause 1 (Unallocated number) ab.</translation>
    </message>
</context>
<context>
    <name>sip:606</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Nicht akzeptabel</translation>
    </message>
    <message>
        <source>The callee was reached but the session description (media, bandwidth, addressing) is unacceptable everywhere.</source>
        <comment>summary</comment>
        <translation>Der Angerufene wurde erreicht, doch die Sitzungsbeschreibung (Medien, Bandbreite, Adressierung) ist nirgends akzeptabel.</translation>
    </message>
    <message>
        <source>A 606 says that the user agent was contacted but some part of the offered session, such as media type, codec, bandwidth or address type, cannot be accepted, and that no other location would accept it either. It should carry a Warning header with 3xx warn-codes explaining which part of the SDP failed. It is the global counterpart of 488.</source>
        <comment>description</comment>
        <translation>Eine 606 besagt, dass der User Agent kontaktiert wurde, ein Teil der angebotenen Sitzung wie Medientyp, Codec, Bandbreite oder Adresstyp aber nicht akzeptiert werden kann und auch kein anderer Standort ihn akzeptieren würde. Sie sollte einen Warning-Header mit 3xx-Warn-Codes enthalten, die erläutern, welcher Teil des SDP gescheitert ist. Sie ist das globale Gegenstück zu 488.</translation>
    </message>
    <message>
        <source>You see it when an offer contains only codecs the callee cannot use, video to an audio-only user, SRTP where only RTP is allowed, or IPv6 addresses to an IPv4-only gateway. Some PBXs send 606 for codec mismatches where 488 would be more appropriate.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Angebot nur Codecs enthält, die der Angerufene nicht verwenden kann, Video an einen reinen Audio-Teilnehmer, SRTP, wo nur RTP erlaubt ist, oder IPv6-Adressen an ein reines IPv4-Gateway. Manche TK-Anlagen senden 606 bei Codec-Inkompatibilitäten, wo 488 angemessener wäre.</translation>
    </message>
    <message>
        <source>A user agent or PBX that cannot accept the offered session at any of the user&apos;s locations.</source>
        <comment>sentBy</comment>
        <translation>Ein User Agent oder eine TK-Anlage, die die angebotene Sitzung an keinem der Standorte des Teilnehmers annehmen kann.</translation>
    </message>
    <message>
        <source>Retry only with a changed offer. Forking stops on a 6xx, so other devices will not be tried for this call.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie den Anruf nur mit einem geänderten Angebot. Das Forking endet bei einer 6xx, daher werden für diesen Anruf keine anderen Geräte versucht.</translation>
    </message>
    <message>
        <source>Read the Warning header: 305 points to codecs, 304 to media types, 302 to transport (RTP/AVP versus RTP/SAVP), 301 to address type, 370 to bandwidth.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den Warning-Header: 305 verweist auf Codecs, 304 auf Medientypen, 302 auf den Transport (RTP/AVP gegenüber RTP/SAVP), 301 auf den Adresstyp, 370 auf die Bandbreite.</translation>
    </message>
    <message>
        <source>Compare the m= lines and rtpmap entries of the offer with the callee&apos;s codec and media settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Vergleichen Sie die m=-Zeilen und rtpmap-Einträge des Angebots mit den Codec- und Medieneinstellungen des Angerufenen.</translation>
    </message>
    <message>
        <source>Adjust the offer, for example add G.711, remove video, or change SRTP policy, then place the call again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Passen Sie das Angebot an, zum Beispiel indem Sie G.711 hinzufügen, Video entfernen oder die SRTP-Richtlinie ändern, und tätigen Sie den Anruf dann erneut.</translation>
    </message>
    <message>
        <source>The 3xx warn-code and text identify which part of the SDP was rejected.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Warn-Code (3xx) und Text kennzeichnen, welcher Teil des SDP abgelehnt wurde.</translation>
    </message>
    <message>
        <source>If the body is not application/sdp, the offer may not have been understood at all.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>Ist der Body nicht application/sdp, wurde das Angebot möglicherweise überhaupt nicht verstanden.</translation>
    </message>
    <message>
        <source>A 488 is not acceptable at this location only, so forking may still succeed elsewhere.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 bedeutet nur an diesem Standort nicht akzeptabel, daher kann das Forking anderswo noch erfolgreich sein.</translation>
    </message>
    <message>
        <source>A 415 rejects the body type rather than its contents.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>Eine 415 lehnt den Body-Typ ab und nicht dessen Inhalt.</translation>
    </message>
    <message>
        <source>Warning 305 is the usual companion of 606 and means there is no common codec.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 ist der übliche Begleiter von 606 und bedeutet, dass es keinen gemeinsamen Codec gibt.</translation>
    </message>
    <message>
        <source>Warning 370 is used when the requested bandwidth exceeds what is available.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation>Warning 370 wird verwendet, wenn die angeforderte Bandbreite die verfügbare übersteigt.</translation>
    </message>
</context>
<context>
    <name>sip:607</name>
    <message>
        <source>Unwanted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Unerwünscht</translation>
    </message>
    <message>
        <source>The called party marked the call as unwanted, such as spam, and future calls from this caller may be rejected.</source>
        <comment>summary</comment>
        <translation>Der Angerufene hat den Anruf als unerwünscht markiert, etwa als Spam, und künftige Anrufe dieses Anrufers können abgewiesen werden.</translation>
    </message>
    <message>
        <source>A 607 lets the callee say more than decline: it signals that calls from this caller are unwanted, and that later attempts will likely be rejected too. Network elements and call analytics services may count 607s against the calling identity, which makes signed caller identity (STIR/SHAKEN, RFC 8224) important to avoid penalising spoofed numbers. A registrar can show support for processing 607 with the sip.607 feature-capability indicator.</source>
        <comment>description</comment>
        <translation>Mit einer 607 kann der Angerufene mehr als eine Ablehnung ausdrücken: Sie signalisiert, dass Anrufe dieses Anrufers unerwünscht sind und spätere Versuche wahrscheinlich ebenfalls abgewiesen werden. Netzelemente und Anrufanalysedienste können 607-Antworten der rufenden Identität anrechnen, weshalb eine signierte Anruferidentität (STIR/SHAKEN, RFC 8224) wichtig ist, um gefälschte Rufnummern nicht zu bestrafen. Ein Registrar kann mit dem Feature-Capability-Indikator sip.607 anzeigen, dass er die Verarbeitung von 607 unterstützt.</translation>
    </message>
    <message>
        <source>You see it when a mobile or softphone user taps a Block or Report as spam button while the call is ringing, and when robocalling or telemarketing traffic is rejected by users. Outbound dialers see rising 607 counts when their caller IDs earn a bad reputation.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Mobil- oder Softphone-Benutzer während des Klingelns auf Blockieren oder Als Spam melden tippt und wenn Robocall- oder Telemarketing-Verkehr von Teilnehmern abgewiesen wird. Ausgehende Wählsysteme sehen steigende 607-Zahlen, wenn ihre Rufnummern eine schlechte Reputation bekommen.</translation>
    </message>
    <message>
        <source>The called user&apos;s device or client when the user marks the call as unwanted.</source>
        <comment>sentBy</comment>
        <translation>Das Gerät oder der Client des angerufenen Teilnehmers, wenn dieser den Anruf als unerwünscht markiert.</translation>
    </message>
    <message>
        <source>Do not retry and do not try other locations; further calls from the same caller are expected to be refused.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie den Anruf nicht und versuchen Sie keine anderen Standorte; weitere Anrufe desselben Anrufers werden voraussichtlich abgewiesen.</translation>
    </message>
    <message>
        <source>For an outbound campaign, stop calling that destination and review consent and calling patterns.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Stellen Sie bei einer ausgehenden Kampagne die Anrufe an dieses Ziel ein und überprüfen Sie Einwilligungen und Anrufmuster.</translation>
    </message>
    <message>
        <source>Check which number was presented in From and P-Asserted-Identity and whether it carried full STIR/SHAKEN attestation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie, welche Rufnummer in From und P-Asserted-Identity übermittelt wurde und ob sie eine vollständige STIR/SHAKEN-Attestierung hatte.</translation>
    </message>
    <message>
        <source>Register the calling numbers with carrier analytics or reputation services if legitimate calls are being flagged.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Registrieren Sie die rufenden Rufnummern bei Analyse- oder Reputationsdiensten der Carrier, wenn legitime Anrufe markiert werden.</translation>
    </message>
    <message>
        <source>Shows the calling identity that the rejection will be associated with.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>Zeigt die rufende Identität, mit der die Ablehnung verknüpft wird.</translation>
    </message>
    <message>
        <source>In a REGISTER response, sip.607 indicates the server supports and processes 607.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>In einer Antwort auf REGISTER zeigt sip.607 an, dass der Server 607 unterstützt und verarbeitet.</translation>
    </message>
    <message>
        <source>A 603 is a plain decline without saying the caller is unwanted.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 ist eine einfache Ablehnung, ohne anzugeben, dass der Anrufer unerwünscht ist.</translation>
    </message>
    <message>
        <source>A 608 is a rejection by a network analytics engine, not by the called person.</source>
        <comment>related 608</comment>
        <extracomment>How 608 differs</extracomment>
        <translation>Eine 608 ist eine Ablehnung durch eine Analyse-Engine im Netz, nicht durch den Angerufenen.</translation>
    </message>
    <message>
        <source>A UAC that does not know 607 treats it as 600, the generic 6xx code.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>Ein UAC, der 607 nicht kennt, behandelt sie wie 600, den generischen 6xx-Code.</translation>
    </message>
</context>
<context>
    <name>sip:608</name>
    <message>
        <source>Rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>An intermediary such as a call analytics engine rejected the call, not the called party.</source>
        <comment>summary</comment>
        <translation>Ein Zwischenelement wie eine Anrufanalyse-Engine hat den Anruf abgewiesen, nicht der Angerufene.</translation>
    </message>
    <message>
        <source>A 608 tells the caller that a machine or process in the network, typically a spam or fraud analytics engine, blocked the call, in contrast to 607 where a human rejected it. The intermediary should include a Call-Info header with purpose jwscard that carries a signed jCard with contact details, so that a legitimate caller can ask for the block to be reviewed. An upstream element can use the sip.608 feature-capability indicator to signal that it will convey this information to the caller.</source>
        <comment>description</comment>
        <translation>Eine 608 teilt dem Anrufer mit, dass eine Maschine oder ein Prozess im Netz, typischerweise eine Spam- oder Betrugsanalyse-Engine, den Anruf blockiert hat, im Gegensatz zu 607, bei der ein Mensch ihn abgelehnt hat. Das Zwischenelement sollte einen Call-Info-Header mit purpose jwscard beifügen, der eine signierte jCard mit Kontaktdaten enthält, damit ein legitimer Anrufer eine Überprüfung der Sperre beantragen kann. Ein Element upstream kann mit dem Feature-Capability-Indikator sip.608 signalisieren, dass es diese Informationen an den Anrufer weitergibt.</translation>
    </message>
    <message>
        <source>It is seen on outbound calls through US and other carriers when the terminating network&apos;s robocall analytics classify the calling number as likely spam or fraud. Contact centres and dialers see bursts of 608 on specific caller IDs or number ranges.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei abgehenden Anrufen über US- und andere Carrier auf, wenn die Robocall-Analyse des terminierenden Netzes die rufende Rufnummer als wahrscheinlichen Spam oder Betrug einstuft. Contact-Center und Wählsysteme sehen gehäufte 608 für bestimmte Rufnummern oder Rufnummernbereiche.</translation>
    </message>
    <message>
        <source>A carrier network element or analytics service that blocks calls on behalf of the terminating network.</source>
        <comment>sentBy</comment>
        <translation>Ein Carrier-Netzelement oder Analysedienst, der Anrufe im Auftrag des terminierenden Netzes blockiert.</translation>
    </message>
    <message>
        <source>Do not retry the call on other routes to get around the block. Resolve the reputation issue with the blocking party first.</source>
        <comment>retryNote</comment>
        <translation>Wiederholen Sie den Anruf nicht über andere Routen, um die Sperre zu umgehen. Klären Sie zuerst das Reputationsproblem mit der sperrenden Stelle.</translation>
    </message>
    <message>
        <source>Extract the jCard from the Call-Info header and contact the listed party to dispute the block.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Entnehmen Sie die jCard dem Call-Info-Header und wenden Sie sich an die dort genannte Stelle, um der Sperre zu widersprechen.</translation>
    </message>
    <message>
        <source>Check STIR/SHAKEN attestation and caller ID reputation for the number that was presented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie STIR/SHAKEN-Attestierung und Reputation der übermittelten Rufnummer.</translation>
    </message>
    <message>
        <source>Review call volume, short-duration call rates and answer rates that analytics engines use to flag callers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Überprüfen Sie Anrufvolumen, Anteil kurzer Anrufe und Annahmequoten, anhand derer Analyse-Engines Anrufer markieren.</translation>
    </message>
    <message>
        <source>With purpose=jwscard it carries the signed jCard naming whom to contact for redress.</source>
        <comment>header Call-Info</comment>
        <extracomment>Why to inspect the Call-Info header</extracomment>
        <translation>Enthält mit purpose=jwscard die signierte jCard, die nennt, an wen man sich zur Abhilfe wenden kann.</translation>
    </message>
    <message>
        <source>The sip.608 indicator shows an element that takes responsibility for passing the 608 details to the caller.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>Der Indikator sip.608 kennzeichnet ein Element, das die Verantwortung übernimmt, die Details der 608 an den Anrufer weiterzugeben.</translation>
    </message>
    <message>
        <source>A 607 is a rejection by the called user rather than by the network.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation>Eine 607 ist eine Ablehnung durch den angerufenen Teilnehmer statt durch das Netz.</translation>
    </message>
    <message>
        <source>A 603 is a generic decline some carriers also use for blocked calls.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>Eine 603 ist eine generische Ablehnung, die manche Carrier auch für blockierte Anrufe verwenden.</translation>
    </message>
    <message>
        <source>A 403 is a policy refusal without the analytics and redress semantics.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Eine 403 ist eine Ablehnung aufgrund einer Richtlinie, ohne die Semantik von Analyse und Abhilfe.</translation>
    </message>
</context>
<context>
    <name>warning:300</name>
    <message>
        <source>Incompatible network protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Inkompatibles Netzprotokoll</translation>
    </message>
    <message>
        <source>The SDP names a network type the receiver cannot use.</source>
        <comment>summary</comment>
        <translation>Das SDP nennt einen Netztyp, den der Empfänger nicht verwenden kann.</translation>
    </message>
    <message>
        <source>Warning 300 reports that a network protocol given in the session description is not available to the responder. In SDP this is the nettype field of the c= and o= lines, which is IN (Internet) in practically all deployments, so a 300 usually means the SDP was generated or rewritten incorrectly.</source>
        <comment>description</comment>
        <translation>Warning 300 meldet, dass ein in der Session-Beschreibung angegebenes Netzprotokoll für den Antwortenden nicht verfügbar ist. Im SDP ist dies das Feld nettype der Zeilen c= und o=, das in praktisch allen Installationen IN (Internet) lautet; eine 300 bedeutet daher meist, dass das SDP fehlerhaft erzeugt oder umgeschrieben wurde.</translation>
    </message>
    <message>
        <source>It is rare in the field. It shows up when a buggy client, a header or body manipulation rule on an SBC, or a gateway template produces a c= line with a network type other than IN, or when the SDP is truncated so the line cannot be read properly.</source>
        <comment>seenWhen</comment>
        <translation>In der Praxis selten. Sie tritt auf, wenn ein fehlerhafter Client, eine Header- oder Body-Manipulationsregel auf einem SBC oder eine Gateway-Vorlage eine c=-Zeile mit einem anderen Netztyp als IN erzeugt oder wenn das SDP abgeschnitten ist, sodass die Zeile nicht korrekt gelesen werden kann.</translation>
    </message>
    <message>
        <source>The answering user agent or media gateway that parsed the offer.</source>
        <comment>sentBy</comment>
        <translation>Der antwortende User Agent oder das Media-Gateway, das das Angebot ausgewertet hat.</translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Nur mit korrigiertem SDP erneut versuchen. Dasselbe Angebot wird erneut abgelehnt.</translation>
    </message>
    <message>
        <source>Inspect the c= and o= lines of the rejected offer for the network type token.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Zeilen c= und o= des abgelehnten Angebots auf das Token für den Netztyp.</translation>
    </message>
    <message>
        <source>Check SBC SDP manipulation rules and gateway SDP templates that rewrite those lines.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie SDP-Manipulationsregeln des SBC und SDP-Vorlagen des Gateways, die diese Zeilen umschreiben.</translation>
    </message>
    <message>
        <source>Resend the offer with c=IN and a valid address type.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Senden Sie das Angebot erneut mit c=IN und einem gültigen Adresstyp.</translation>
    </message>
    <message>
        <source>Read the warn-agent to see which element rejected the SDP and the quoted text for the offending network type.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Lesen Sie den warn-agent, um zu sehen, welches Element das SDP abgelehnt hat, und den zitierten Text, um den beanstandeten Netztyp zu erkennen.</translation>
    </message>
    <message>
        <source>A 488 is the usual carrier of this warning when only this location refuses the SDP.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist der übliche Träger dieser Warnung, wenn nur dieses Ziel das SDP ablehnt.</translation>
    </message>
    <message>
        <source>A 606 is used instead of 488 when no location would accept the SDP.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Eine 606 wird statt 488 verwendet, wenn kein Ziel das SDP akzeptieren würde.</translation>
    </message>
    <message>
        <source>Warning 301 concerns the address type (IP4 or IP6) rather than the network type.</source>
        <comment>related warning:301</comment>
        <extracomment>How warning:301 differs</extracomment>
        <translation>Warning 301 betrifft den Adresstyp (IP4 oder IP6) und nicht den Netztyp.</translation>
    </message>
</context>
<context>
    <name>warning:301</name>
    <message>
        <source>Incompatible network address formats</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Inkompatible Netzadressformate</translation>
    </message>
    <message>
        <source>The SDP uses an address type the receiver cannot handle, typically IPv6 versus IPv4.</source>
        <comment>summary</comment>
        <translation>Das SDP verwendet einen Adresstyp, den der Empfänger nicht verarbeiten kann, typischerweise IPv6 statt IPv4.</translation>
    </message>
    <message>
        <source>Warning 301 says that an address format in the session description, meaning the addrtype of the c= or o= line, is not available to the responder. In practice it flags an IP4 and IP6 mismatch, or a non-IP address format that the receiver does not support.</source>
        <comment>description</comment>
        <translation>Warning 301 besagt, dass ein Adressformat in der Session-Beschreibung, also der addrtype der Zeile c= oder o=, für den Antwortenden nicht verfügbar ist. In der Praxis kennzeichnet sie eine Unstimmigkeit zwischen IP4 und IP6 oder ein Nicht-IP-Adressformat, das der Empfänger nicht unterstützt.</translation>
    </message>
    <message>
        <source>You see it when a dual-stack or IPv6-only client offers c=IN IP6 to an IPv4-only gateway or phone, or when an SBC that should perform IPv4 and IPv6 interworking is bypassed. RFC 3261 uses an E.164 address type as its example of an unsupported format.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Dual-Stack- oder reiner IPv6-Client c=IN IP6 an ein reines IPv4-Gateway oder -Telefon anbietet oder wenn ein SBC umgangen wird, der das IPv4/IPv6-Interworking übernehmen sollte. RFC 3261 nennt als Beispiel für ein nicht unterstütztes Format einen E.164-Adresstyp.</translation>
    </message>
    <message>
        <source>The answering user agent or gateway that cannot use the offered address family.</source>
        <comment>sentBy</comment>
        <translation>Der antwortende User Agent bzw. das Gateway, das die angebotene Adressfamilie nicht nutzen kann.</translation>
    </message>
    <message>
        <source>Retry with an offer that uses an address type the answerer supports. An unchanged offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>Mit einem Angebot erneut versuchen, das einen vom Antwortenden unterstützten Adresstyp verwendet. Ein unverändertes Angebot scheitert erneut.</translation>
    </message>
    <message>
        <source>Compare the addrtype in the offer&apos;s c= lines with what the answerer supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie den addrtype in den c=-Zeilen des Angebots mit dem, was der Antwortende unterstützt.</translation>
    </message>
    <message>
        <source>Enable IPv4 and IPv6 media interworking on the SBC or anchor the media through it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie auf dem SBC das IPv4/IPv6-Medien-Interworking oder führen Sie die Medien über ihn (Media Anchoring).</translation>
    </message>
    <message>
        <source>Configure the client to offer IPv4, or to offer both families with ICE candidates.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Konfigurieren Sie den Client so, dass er IPv4 oder beide Adressfamilien mit ICE-Kandidaten anbietet.</translation>
    </message>
    <message>
        <source>The quoted text often names the refused address type, for example IP6.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text nennt oft den abgelehnten Adresstyp, zum Beispiel IP6.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die typische Antwort, die diese Warnung enthält.</translation>
    </message>
    <message>
        <source>A 606 is the global variant used when no location could accept the address type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Eine 606 ist die globale Variante, die verwendet wird, wenn kein Ziel den Adresstyp akzeptieren könnte.</translation>
    </message>
    <message>
        <source>Warning 300 concerns the network type rather than the address format.</source>
        <comment>related warning:300</comment>
        <extracomment>How warning:300 differs</extracomment>
        <translation>Warning 300 betrifft den Netztyp und nicht das Adressformat.</translation>
    </message>
</context>
<context>
    <name>warning:302</name>
    <message>
        <source>Incompatible transport protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Inkompatibles Transportprotokoll</translation>
    </message>
    <message>
        <source>A media transport in the SDP m= line, such as RTP/SAVP or UDP/TLS/RTP/SAVPF, is not available.</source>
        <comment>summary</comment>
        <translation>Ein Medientransport in der SDP-Zeile m=, etwa RTP/SAVP oder UDP/TLS/RTP/SAVPF, ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Warning 302 reports that a transport protocol listed in an m= line of the session description is not supported by the responder. This field distinguishes plain RTP (RTP/AVP) from SRTP (RTP/SAVP), feedback profiles (RTP/AVPF, RTP/SAVPF), DTLS-SRTP used by WebRTC, and non-RTP transports such as udptl for T.38.</source>
        <comment>description</comment>
        <translation>Warning 302 meldet, dass ein in einer m=-Zeile der Session-Beschreibung aufgeführtes Transportprotokoll vom Antwortenden nicht unterstützt wird. Dieses Feld unterscheidet einfaches RTP (RTP/AVP) von SRTP (RTP/SAVP), Feedback-Profile (RTP/AVPF, RTP/SAVPF), das von WebRTC genutzte DTLS-SRTP sowie Nicht-RTP-Transporte wie udptl für T.38.</translation>
    </message>
    <message>
        <source>It appears when an SRTP-only endpoint receives RTP/AVP, when a plain RTP phone receives RTP/SAVP, or when a WebRTC offer with UDP/TLS/RTP/SAVPF reaches a legacy SIP device without a media gateway in between. It also appears with T.38 offers using udptl toward devices without fax support.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein reiner SRTP-Endpunkt RTP/AVP erhält, wenn ein reines RTP-Telefon RTP/SAVP erhält oder wenn ein WebRTC-Angebot mit UDP/TLS/RTP/SAVPF ohne zwischengeschaltetes Media-Gateway ein klassisches SIP-Gerät erreicht. Sie tritt auch bei T.38-Angeboten mit udptl an Geräte ohne Faxunterstützung auf.</translation>
    </message>
    <message>
        <source>An endpoint, PBX or SBC that cannot handle the offered media transport.</source>
        <comment>sentBy</comment>
        <translation>Ein Endgerät, eine TK-Anlage oder ein SBC, das den angebotenen Medientransport nicht verarbeiten kann.</translation>
    </message>
    <message>
        <source>Retry with an offer that uses a supported transport profile. Resending the same SDP will fail.</source>
        <comment>retryNote</comment>
        <translation>Mit einem Angebot erneut versuchen, das ein unterstütztes Transportprofil verwendet. Das erneute Senden desselben SDP scheitert.</translation>
    </message>
    <message>
        <source>Read the transport token of each m= line in the offer and compare it with the answerer&apos;s SRTP and profile settings.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie das Transport-Token jeder m=-Zeile im Angebot und vergleichen Sie es mit den SRTP- und Profileinstellungen des Antwortenden.</translation>
    </message>
    <message>
        <source>Align the SRTP policy on both sides (mandatory, optional or off), or let the SBC convert between RTP and SRTP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Gleichen Sie die SRTP-Policy auf beiden Seiten an (verpflichtend, optional oder aus) oder lassen Sie den SBC zwischen RTP und SRTP umsetzen.</translation>
    </message>
    <message>
        <source>For WebRTC to SIP calls, route media through a gateway that terminates DTLS-SRTP and ICE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Führen Sie bei Rufen von WebRTC nach SIP die Medien über ein Gateway, das DTLS-SRTP und ICE terminiert.</translation>
    </message>
    <message>
        <source>The quoted text may name the refused profile, for example RTP/SAVP.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text kann das abgelehnte Profil nennen, zum Beispiel RTP/SAVP.</translation>
    </message>
    <message>
        <source>A 488 is the most common carrier of this warning for a single location.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist der häufigste Träger dieser Warnung für ein einzelnes Ziel.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the transport.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Eine 606 ist die globale Form, die verwendet wird, wenn kein Ziel den Transport unterstützt.</translation>
    </message>
    <message>
        <source>Warning 304 refuses the media type rather than its transport.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>Warning 304 lehnt den Medientyp ab und nicht dessen Transport.</translation>
    </message>
</context>
<context>
    <name>warning:303</name>
    <message>
        <source>Incompatible bandwidth units</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Inkompatible Bandbreiteneinheiten</translation>
    </message>
    <message>
        <source>A bandwidth modifier in the SDP b= line was not understood.</source>
        <comment>summary</comment>
        <translation>Ein Bandbreiten-Modifier in der SDP-Zeile b= wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Warning 303 says that one or more bandwidth measurement units in the session description were not understood. The b= line uses a modifier like AS, CT, TIAS, RS or RR, and a receiver that does not recognise the modifier can answer with this warning.</source>
        <comment>description</comment>
        <translation>Warning 303 besagt, dass eine oder mehrere Einheiten der Bandbreitenangabe in der Session-Beschreibung nicht verstanden wurden. Die Zeile b= verwendet einen Modifier wie AS, CT, TIAS, RS oder RR, und ein Empfänger, der den Modifier nicht kennt, kann mit dieser Warnung antworten.</translation>
    </message>
    <message>
        <source>It is uncommon. It appears when a video endpoint sends b=TIAS or vendor-specific modifiers to an older device, or when a b= line is malformed after SDP manipulation on an SBC.</source>
        <comment>seenWhen</comment>
        <translation>Sie ist ungewöhnlich. Sie tritt auf, wenn ein Videoendgerät b=TIAS oder herstellerspezifische Modifier an ein älteres Gerät sendet oder wenn eine b=-Zeile nach einer SDP-Manipulation auf einem SBC fehlerhaft ist.</translation>
    </message>
    <message>
        <source>An endpoint or gateway that does not understand the bandwidth modifier.</source>
        <comment>sentBy</comment>
        <translation>Ein Endgerät oder Gateway, das den Bandbreiten-Modifier nicht versteht.</translation>
    </message>
    <message>
        <source>Retry with SDP that uses a supported modifier or no b= line. The same offer will be refused.</source>
        <comment>retryNote</comment>
        <translation>Mit SDP erneut versuchen, das einen unterstützten Modifier oder keine b=-Zeile verwendet. Dasselbe Angebot wird abgelehnt.</translation>
    </message>
    <message>
        <source>Look at the b= lines in the offer and identify the modifier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die b=-Zeilen im Angebot und ermitteln Sie den Modifier.</translation>
    </message>
    <message>
        <source>Remove or replace unusual modifiers, keeping b=AS, which is widely understood.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entfernen oder ersetzen Sie ungewöhnliche Modifier und behalten Sie b=AS bei, das weithin verstanden wird.</translation>
    </message>
    <message>
        <source>Check SBC SDP rules that add or rewrite b= lines.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie SBC-SDP-Regeln, die b=-Zeilen hinzufügen oder umschreiben.</translation>
    </message>
    <message>
        <source>The quoted text may show the b= modifier that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text kann den nicht verstandenen b=-Modifier zeigen.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die typische Antwort, die diese Warnung enthält.</translation>
    </message>
    <message>
        <source>Warning 370 means the bandwidth value is too high, not that its unit is unknown.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation>Warning 370 bedeutet, dass der Bandbreitenwert zu hoch ist, nicht dass seine Einheit unbekannt ist.</translation>
    </message>
</context>
<context>
    <name>warning:304</name>
    <message>
        <source>Media type not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Medientyp nicht verfügbar</translation>
    </message>
    <message>
        <source>A media type in the SDP, such as video, image (T.38) or application, is not available.</source>
        <comment>summary</comment>
        <translation>Ein Medientyp im SDP, etwa video, image (T.38) oder application, ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Warning 304 reports that a media type offered in an m= line, such as audio, video, text, image or application, is not available at the responder. A well-behaved answerer would normally reject just that stream with port 0 and keep the others, so a 304 usually comes with a rejection of the whole offer.</source>
        <comment>description</comment>
        <translation>Warning 304 meldet, dass ein in einer m=-Zeile angebotener Medientyp wie audio, video, text, image oder application beim Antwortenden nicht verfügbar ist. Ein korrekt arbeitender Antwortender würde normalerweise nur diesen Stream mit Port 0 ablehnen und die übrigen beibehalten; eine 304 geht daher meist mit der Ablehnung des gesamten Angebots einher.</translation>
    </message>
    <message>
        <source>You see it when a video offer reaches an audio-only phone or trunk, when a T.38 re-INVITE with m=image hits a device or carrier without fax support, or when BFCP or other m=application streams are sent to equipment that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Videoangebot ein reines Audio-Telefon bzw. einen reinen Audio-Trunk erreicht, wenn ein T.38-Re-INVITE mit m=image auf ein Gerät oder einen Carrier ohne Faxunterstützung trifft oder wenn BFCP- oder andere m=application-Streams an Einrichtungen gesendet werden, die sie nicht verarbeiten können.</translation>
    </message>
    <message>
        <source>Endpoints and gateways that cannot handle the offered media type.</source>
        <comment>sentBy</comment>
        <translation>Endgeräte und Gateways, die den angebotenen Medientyp nicht verarbeiten können.</translation>
    </message>
    <message>
        <source>Retry with an offer that leaves out the unavailable media type. For a failed T.38 re-INVITE, the call can often continue on the existing audio stream.</source>
        <comment>retryNote</comment>
        <translation>Mit einem Angebot erneut versuchen, das den nicht verfügbaren Medientyp weglässt. Bei einem gescheiterten T.38-Re-INVITE kann der Ruf oft auf dem bestehenden Audio-Stream weiterlaufen.</translation>
    </message>
    <message>
        <source>Identify the m= line whose media type was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Ermitteln Sie die m=-Zeile, deren Medientyp abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Disable video or T.38 toward that peer, or configure G.711 pass-through for fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Deaktivieren Sie Video oder T.38 zu dieser Gegenstelle oder konfigurieren Sie G.711-Pass-Through für Fax.</translation>
    </message>
    <message>
        <source>Prefer answerers that reject only the unsupported stream with port 0, so the remaining media can proceed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Bevorzugen Sie Antwortende, die nur den nicht unterstützten Stream mit Port 0 ablehnen, damit die übrigen Medien weiterlaufen können.</translation>
    </message>
    <message>
        <source>The quoted text may name the media type that is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text kann den nicht verfügbaren Medientyp nennen.</translation>
    </message>
    <message>
        <source>A 488 is the usual response with this warning, for example to a T.38 re-INVITE.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die übliche Antwort mit dieser Warnung, zum Beispiel auf einen T.38-Re-INVITE.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the media type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Eine 606 ist die globale Form, die verwendet wird, wenn kein Ziel den Medientyp unterstützt.</translation>
    </message>
    <message>
        <source>Warning 305 means the media type is fine but no codec matches.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 bedeutet, dass der Medientyp in Ordnung ist, aber kein Codec passt.</translation>
    </message>
</context>
<context>
    <name>warning:305</name>
    <message>
        <source>Incompatible media format</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Inkompatibles Medienformat</translation>
    </message>
    <message>
        <source>None of the offered codecs (payload formats) are available at the receiver.</source>
        <comment>summary</comment>
        <translation>Keiner der angebotenen Codecs (Payload-Formate) ist beim Empfänger verfügbar.</translation>
    </message>
    <message>
        <source>Warning 305 reports that the media formats listed on an m= line, the RTP payload types and their rtpmap codecs, are not available at the responder. It is the classic codec mismatch warning.</source>
        <comment>description</comment>
        <translation>Warning 305 meldet, dass die in einer m=-Zeile aufgeführten Medienformate, also die RTP-Payload-Typen und ihre rtpmap-Codecs, beim Antwortenden nicht verfügbar sind. Es ist die klassische Warnung bei Codec-Inkompatibilität.</translation>
    </message>
    <message>
        <source>You see it when a trunk offers only G.729 to a phone without G.729, when a WebRTC client offers only Opus and VP8 to a legacy device, or when a codec list was trimmed by an SBC profile until nothing in common was left. It also appears when telephone-event is the only common format.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Trunk einem Telefon ohne G.729 nur G.729 anbietet, wenn ein WebRTC-Client einem klassischen Gerät nur Opus und VP8 anbietet oder wenn ein SBC-Profil eine Codec-Liste so weit gekürzt hat, dass keine Gemeinsamkeit übrig blieb. Sie erscheint auch, wenn telephone-event das einzige gemeinsame Format ist.</translation>
    </message>
    <message>
        <source>The answering endpoint, PBX or SBC that finds no acceptable codec.</source>
        <comment>sentBy</comment>
        <translation>Der antwortende Endpunkt, die TK-Anlage oder der SBC, der keinen akzeptablen Codec findet.</translation>
    </message>
    <message>
        <source>Retry with a codec list that includes a format the answerer supports, or insert a transcoder. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>Mit einer Codec-Liste erneut versuchen, die ein vom Antwortenden unterstütztes Format enthält, oder einen Transcoder einfügen. Dasselbe Angebot scheitert erneut.</translation>
    </message>
    <message>
        <source>List the payload types and rtpmap lines in the offer and compare them with the answerer&apos;s enabled codecs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Listen Sie die Payload-Typen und rtpmap-Zeilen des Angebots auf und vergleichen Sie sie mit den aktivierten Codecs des Antwortenden.</translation>
    </message>
    <message>
        <source>Enable a common codec, usually G.711 (PCMU or PCMA), on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie auf beiden Seiten einen gemeinsamen Codec, meist G.711 (PCMU oder PCMA).</translation>
    </message>
    <message>
        <source>Check SBC or PBX codec policies and transcoding resources in the path.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie die Codec-Policies von SBC bzw. TK-Anlage und die Transcoding-Ressourcen im Pfad.</translation>
    </message>
    <message>
        <source>The quoted text sometimes names the codecs that were refused or the ones that are supported.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text nennt manchmal die abgelehnten oder die unterstützten Codecs.</translation>
    </message>
    <message>
        <source>A 488 is the most frequent response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die häufigste Antwort mit dieser Warnung.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the codecs.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Eine 606 ist die globale Form, die verwendet wird, wenn kein Ziel die Codecs unterstützt.</translation>
    </message>
    <message>
        <source>Warning 304 refuses the whole media type rather than its codecs.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>Warning 304 lehnt den gesamten Medientyp ab und nicht nur dessen Codecs.</translation>
    </message>
</context>
<context>
    <name>warning:306</name>
    <message>
        <source>Attribute not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Attribut nicht verstanden</translation>
    </message>
    <message>
        <source>One or more SDP a= attributes in the offer are not supported.</source>
        <comment>summary</comment>
        <translation>Ein oder mehrere SDP-Attribute (a=) im Angebot werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Warning 306 indicates that the responder did not support one or more media attributes (a= lines) in the session description. Most implementations ignore unknown attributes, so a 306 usually means an attribute was mandatory for the session, for example for security or ICE.</source>
        <comment>description</comment>
        <translation>Warning 306 zeigt an, dass der Antwortende ein oder mehrere Medienattribute (a=-Zeilen) in der Session-Beschreibung nicht unterstützt hat. Die meisten Implementierungen ignorieren unbekannte Attribute; eine 306 bedeutet daher meist, dass ein Attribut für die Session zwingend war, etwa für Sicherheit oder ICE.</translation>
    </message>
    <message>
        <source>It appears when crypto suites in a=crypto are unknown, when a=fingerprint or a=setup for DTLS-SRTP reach a device without DTLS support, or when an offer relies on a=rtcp-mux or ICE attributes that the answerer cannot honour.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn Crypto-Suites in a=crypto unbekannt sind, wenn a=fingerprint oder a=setup für DTLS-SRTP ein Gerät ohne DTLS-Unterstützung erreichen oder wenn ein Angebot auf a=rtcp-mux oder ICE-Attributen beruht, die der Antwortende nicht umsetzen kann.</translation>
    </message>
    <message>
        <source>Endpoints or gateways that refuse an SDP attribute they cannot support.</source>
        <comment>sentBy</comment>
        <translation>Endgeräte oder Gateways, die ein SDP-Attribut ablehnen, das sie nicht unterstützen können.</translation>
    </message>
    <message>
        <source>Retry only after removing or changing the attribute. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Erst nach Entfernen oder Ändern des Attributs erneut versuchen. Dasselbe Angebot wird erneut abgelehnt.</translation>
    </message>
    <message>
        <source>Check the quoted text for the attribute name and locate it in the offer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Suchen Sie im zitierten Text nach dem Attributnamen und lokalisieren Sie es im Angebot.</translation>
    </message>
    <message>
        <source>Remove the attribute or change it to a variant the answerer supports, such as a widely supported SRTP crypto suite.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Entfernen Sie das Attribut oder ändern Sie es in eine Variante, die der Antwortende unterstützt, etwa eine weit verbreitete SRTP-Crypto-Suite.</translation>
    </message>
    <message>
        <source>Check SBC rules that strip or insert attributes in the SDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Prüfen Sie SBC-Regeln, die Attribute im SDP entfernen oder einfügen.</translation>
    </message>
    <message>
        <source>The quoted text often names the attribute that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text nennt oft das nicht verstandene Attribut.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die typische Antwort, die diese Warnung enthält.</translation>
    </message>
    <message>
        <source>Warning 307 covers other SDP parameters that are not attributes.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation>Warning 307 deckt andere SDP-Parameter ab, die keine Attribute sind.</translation>
    </message>
    <message>
        <source>Warning 302 is used when the transport profile itself is unsupported.</source>
        <comment>related warning:302</comment>
        <extracomment>How warning:302 differs</extracomment>
        <translation>Warning 302 wird verwendet, wenn bereits das Transportprofil nicht unterstützt wird.</translation>
    </message>
</context>
<context>
    <name>warning:307</name>
    <message>
        <source>Session description parameter not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Parameter der Session-Beschreibung nicht verstanden</translation>
    </message>
    <message>
        <source>An SDP parameter other than those covered by warnings 300 to 306 was not understood.</source>
        <comment>summary</comment>
        <translation>Ein SDP-Parameter, der nicht von den Warnungen 300 bis 306 abgedeckt ist, wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Warning 307 is the catch-all for session description problems that do not fit the more specific warn-codes 300 to 306. It tells you the SDP was parsed but some parameter in it could not be interpreted.</source>
        <comment>description</comment>
        <translation>Warning 307 ist der Sammelcode für Probleme mit der Session-Beschreibung, die nicht zu den spezifischeren warn-codes 300 bis 306 passen. Sie besagt, dass das SDP zwar geparst wurde, ein darin enthaltener Parameter aber nicht interpretiert werden konnte.</translation>
    </message>
    <message>
        <source>It shows up with malformed SDP, for example a broken o= or t= line, unknown line types, bad field counts after SBC manipulation, or extensions that the receiving stack does not know.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei fehlerhaftem SDP auf, zum Beispiel bei einer defekten o=- oder t=-Zeile, unbekannten Zeilentypen, falscher Feldanzahl nach einer SBC-Manipulation oder Erweiterungen, die der empfangende Stack nicht kennt.</translation>
    </message>
    <message>
        <source>The user agent or gateway that parsed the SDP.</source>
        <comment>sentBy</comment>
        <translation>Der User Agent bzw. das Gateway, das das SDP geparst hat.</translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. Resending the same body will fail.</source>
        <comment>retryNote</comment>
        <translation>Nur mit korrigiertem SDP erneut versuchen. Das erneute Senden desselben Bodys scheitert.</translation>
    </message>
    <message>
        <source>Validate the SDP body line by line against RFC 8866 (formerly RFC 4566) syntax.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Validieren Sie den SDP-Body Zeile für Zeile gegen die Syntax aus RFC 8866 (früher RFC 4566).</translation>
    </message>
    <message>
        <source>Use the quoted text to find the parameter, then check the sender and any SBC that rewrote the body.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Ermitteln Sie anhand des zitierten Texts den Parameter und prüfen Sie dann den Absender sowie jeden SBC, der den Body umgeschrieben hat.</translation>
    </message>
    <message>
        <source>Resend with a corrected description.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Senden Sie erneut mit einer korrigierten Beschreibung.</translation>
    </message>
    <message>
        <source>The quoted text is usually the only clue to which parameter failed, so read it closely.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text ist meist der einzige Hinweis darauf, welcher Parameter fehlerhaft war; lesen Sie ihn daher genau.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die typische Antwort, die diese Warnung enthält.</translation>
    </message>
    <message>
        <source>A 400 is used instead when the message is too malformed to process at all.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>Eine 400 wird stattdessen verwendet, wenn die Nachricht zu fehlerhaft ist, um überhaupt verarbeitet zu werden.</translation>
    </message>
    <message>
        <source>Warning 306 is the specific code for a=attributes.</source>
        <comment>related warning:306</comment>
        <extracomment>How warning:306 differs</extracomment>
        <translation>Warning 306 ist der spezifische Code für a=-Attribute.</translation>
    </message>
</context>
<context>
    <name>warning:308</name>
    <message>
        <source>Incompatible language specification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Inkompatible Sprachangabe</translation>
    </message>
    <message>
        <source>The called party supports none of the human languages requested with hlang-send and hlang-recv.</source>
        <comment>summary</comment>
        <translation>Der gerufene Teilnehmer unterstützt keine der mit hlang-send und hlang-recv angeforderten menschlichen Sprachen.</translation>
    </message>
    <message>
        <source>RFC 8373 adds the SDP attributes hlang-send and hlang-recv so that a caller can ask for spoken, written or signed languages per media stream, which matters most for emergency and relay services. Warning 308 reports that the requested languages are not supported, and its text should list the languages and media that are supported.</source>
        <comment>description</comment>
        <translation>RFC 8373 führt die SDP-Attribute hlang-send und hlang-recv ein, damit ein Anrufer pro Medien-Stream gesprochene, geschriebene oder Gebärdensprachen anfordern kann; das ist vor allem für Notruf- und Vermittlungsdienste (Relay) wichtig. Warning 308 meldet, dass die angeforderten Sprachen nicht unterstützt werden, und ihr Text sollte die unterstützten Sprachen und Medien auflisten.</translation>
    </message>
    <message>
        <source>It can appear on calls to emergency services, relay services or multilingual call centres when the caller requests a language or sign language the answering system cannot provide. Deployment is still limited, so it is rarely seen outside NG911 and accessibility testing.</source>
        <comment>seenWhen</comment>
        <translation>Sie kann bei Rufen zu Notrufdiensten, Vermittlungsdiensten oder mehrsprachigen Callcentern auftreten, wenn der Anrufer eine Sprache oder Gebärdensprache anfordert, die das antwortende System nicht bereitstellen kann. Die Verbreitung ist noch begrenzt, daher ist sie außerhalb von NG911- und Barrierefreiheitstests selten zu sehen.</translation>
    </message>
    <message>
        <source>The answering system that evaluated the language attributes, such as a PSAP or contact centre platform.</source>
        <comment>sentBy</comment>
        <translation>Das antwortende System, das die Sprachattribute ausgewertet hat, etwa eine Notrufabfragestelle (PSAP) oder eine Contact-Center-Plattform.</translation>
    </message>
    <message>
        <source>Retry with a language or medium that the warning lists as supported, or route the call to a service that can provide an interpreter or relay.</source>
        <comment>retryNote</comment>
        <translation>Mit einer Sprache oder einem Medium erneut versuchen, das die Warnung als unterstützt aufführt, oder den Ruf an einen Dienst leiten, der einen Dolmetscher oder Vermittlungsdienst bereitstellen kann.</translation>
    </message>
    <message>
        <source>Read the warning text for the list of supported languages and media.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Entnehmen Sie dem Warnungstext die Liste der unterstützten Sprachen und Medien.</translation>
    </message>
    <message>
        <source>Check the hlang-send and hlang-recv values per m= line in the offer for valid BCP 47 tags.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Prüfen Sie die Werte von hlang-send und hlang-recv pro m=-Zeile im Angebot auf gültige BCP-47-Tags.</translation>
    </message>
    <message>
        <source>Offer an alternative language or media, or route the call to a service that can bridge an interpreter or relay.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Bieten Sie eine alternative Sprache oder ein alternatives Medium an oder leiten Sie den Ruf an einen Dienst, der einen Dolmetscher oder Vermittlungsdienst zuschalten kann.</translation>
    </message>
    <message>
        <source>The quoted text should list the languages and media the callee supports.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der zitierte Text sollte die Sprachen und Medien auflisten, die der Angerufene unterstützt.</translation>
    </message>
    <message>
        <source>A 488 is a likely response to carry this warning when the session is refused.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist eine wahrscheinliche Antwort mit dieser Warnung, wenn die Session abgelehnt wird.</translation>
    </message>
    <message>
        <source>Warning 304 refuses a media type rather than a language.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>Warning 304 lehnt einen Medientyp ab und nicht eine Sprache.</translation>
    </message>
</context>
<context>
    <name>warning:330</name>
    <message>
        <source>Multicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Multicast nicht verfügbar</translation>
    </message>
    <message>
        <source>The session asks for multicast media but the user&apos;s site cannot do multicast.</source>
        <comment>summary</comment>
        <translation>Die Session fordert Multicast-Medien an, aber der Standort des Teilnehmers unterstützt kein Multicast.</translation>
    </message>
    <message>
        <source>Warning 330 reports that the responder&apos;s location does not support multicast, so a session description with a multicast connection address cannot be used there. It belongs to the 330 to 339 range, which covers basic network services requested by the SDP.</source>
        <comment>description</comment>
        <translation>Warning 330 meldet, dass der Standort des Antwortenden kein Multicast unterstützt, sodass eine Session-Beschreibung mit einer Multicast-Verbindungsadresse dort nicht verwendet werden kann. Sie gehört zum Bereich 330 bis 339, der vom SDP angeforderte grundlegende Netzdienste abdeckt.</translation>
    </message>
    <message>
        <source>It appears when a paging system, music on hold source or conference offers a multicast c= address (for example in 224.0.0.0/4 with a TTL) to a device on a network segment where multicast routing or IGMP is not available.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Durchsagesystem, eine Wartemusikquelle oder eine Konferenz eine Multicast-Adresse in c= (zum Beispiel in 224.0.0.0/4 mit TTL) an ein Gerät in einem Netzsegment anbietet, in dem Multicast-Routing oder IGMP nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>An endpoint, or a server aware of the site&apos;s network, that knows multicast cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation>Ein Endgerät oder ein Server mit Kenntnis des Standortnetzes, der weiß, dass Multicast den Teilnehmer nicht erreichen kann.</translation>
    </message>
    <message>
        <source>Retry with a unicast session description. The multicast offer will keep failing at that site.</source>
        <comment>retryNote</comment>
        <translation>Mit einer Unicast-Session-Beschreibung erneut versuchen. Das Multicast-Angebot wird an diesem Standort weiterhin scheitern.</translation>
    </message>
    <message>
        <source>Check the c= address of the offer for a multicast group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die c=-Adresse des Angebots auf eine Multicast-Gruppe.</translation>
    </message>
    <message>
        <source>Enable multicast routing or IGMP on the path, or switch the service to unicast media.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Aktivieren Sie Multicast-Routing oder IGMP auf dem Pfad oder stellen Sie den Dienst auf Unicast-Medien um.</translation>
    </message>
    <message>
        <source>Configure the paging or MoH source to use unicast toward remote sites.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Konfigurieren Sie die Durchsage- bzw. MoH-Quelle so, dass sie zu entfernten Standorten Unicast verwendet.</translation>
    </message>
    <message>
        <source>The warn-agent shows whether the endpoint or an intermediary decided multicast is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der warn-agent zeigt, ob das Endgerät oder ein Zwischenelement entschieden hat, dass Multicast nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die typische Antwort, die diese Warnung enthält.</translation>
    </message>
    <message>
        <source>Warning 331 is the opposite case, where unicast is unavailable.</source>
        <comment>related warning:331</comment>
        <extracomment>How warning:331 differs</extracomment>
        <translation>Warning 331 ist der umgekehrte Fall, in dem Unicast nicht verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>warning:331</name>
    <message>
        <source>Unicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Unicast nicht verfügbar</translation>
    </message>
    <message>
        <source>The session asks for unicast media but the user&apos;s site cannot do unicast, often due to a firewall.</source>
        <comment>summary</comment>
        <translation>Die Session fordert Unicast-Medien an, aber der Standort des Teilnehmers unterstützt kein Unicast, oft wegen einer Firewall.</translation>
    </message>
    <message>
        <source>Warning 331 reports that the responder&apos;s location does not support unicast communication for the session, for example because a firewall blocks it, so only multicast could work. It is rare in modern VoIP, where unicast RTP is the norm.</source>
        <comment>description</comment>
        <translation>Warning 331 meldet, dass der Standort des Antwortenden für die Session keine Unicast-Kommunikation unterstützt, etwa weil eine Firewall sie blockiert, sodass nur Multicast funktionieren könnte. In modernem VoIP, wo Unicast-RTP die Norm ist, ist sie selten.</translation>
    </message>
    <message>
        <source>It may appear in broadcast, paging or older multicast conferencing setups where a site only receives multicast streams and a firewall blocks unicast media, or from equipment configured for multicast-only operation.</source>
        <comment>seenWhen</comment>
        <translation>Sie kann in Broadcast-, Durchsage- oder älteren Multicast-Konferenzumgebungen auftreten, in denen ein Standort nur Multicast-Streams empfängt und eine Firewall Unicast-Medien blockiert, oder von Einrichtungen, die für reinen Multicast-Betrieb konfiguriert sind.</translation>
    </message>
    <message>
        <source>An endpoint or site-aware server that knows unicast media cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation>Ein Endgerät oder standortkundiger Server, der weiß, dass Unicast-Medien den Teilnehmer nicht erreichen können.</translation>
    </message>
    <message>
        <source>Retry with a multicast session description or via an allowed media relay. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>Mit einer Multicast-Session-Beschreibung oder über ein zugelassenes Media-Relay erneut versuchen. Dasselbe Angebot scheitert erneut.</translation>
    </message>
    <message>
        <source>Check firewall rules for unicast RTP to and from the site.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie die Firewall-Regeln für Unicast-RTP zum und vom Standort.</translation>
    </message>
    <message>
        <source>Offer a multicast session if the site is designed for multicast only.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Bieten Sie eine Multicast-Session an, wenn der Standort nur für Multicast ausgelegt ist.</translation>
    </message>
    <message>
        <source>Relay media through an SBC or media relay that the firewall allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Leiten Sie die Medien über einen SBC oder ein Media-Relay, das die Firewall zulässt.</translation>
    </message>
    <message>
        <source>The warn-agent identifies the element that judged unicast to be unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der warn-agent identifiziert das Element, das Unicast als nicht verfügbar eingestuft hat.</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist die typische Antwort, die diese Warnung enthält.</translation>
    </message>
    <message>
        <source>Warning 330 is the opposite case, where multicast is unavailable.</source>
        <comment>related warning:330</comment>
        <extracomment>How warning:330 differs</extracomment>
        <translation>Warning 330 ist der umgekehrte Fall, in dem Multicast nicht verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>warning:370</name>
    <message>
        <source>Insufficient bandwidth</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Unzureichende Bandbreite</translation>
    </message>
    <message>
        <source>The bandwidth the session needs exceeds what is known to be available.</source>
        <comment>summary</comment>
        <translation>Die von der Session benötigte Bandbreite übersteigt die bekanntermaßen verfügbare.</translation>
    </message>
    <message>
        <source>Warning 370 says that the bandwidth given in the session description, or implied by its media, is more than the responder knows to be available. It sits in the 370 to 379 range, which covers quantitative QoS parameters.</source>
        <comment>description</comment>
        <translation>Warning 370 besagt, dass die in der Session-Beschreibung angegebene oder durch ihre Medien implizierte Bandbreite größer ist als die, die dem Antwortenden als verfügbar bekannt ist. Sie liegt im Bereich 370 bis 379, der quantitative QoS-Parameter abdeckt.</translation>
    </message>
    <message>
        <source>You see it with call admission control, for example when a PBX location or SBC bandwidth budget for a branch WAN link is used up, when a high-rate video offer (large b=AS) crosses a constrained link, or when a mobile network cannot grant the requested bit rate.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt bei Call Admission Control auf, zum Beispiel wenn das Bandbreitenbudget eines TK-Anlagen-Standorts oder SBC für die WAN-Anbindung einer Niederlassung aufgebraucht ist, wenn ein Videoangebot mit hoher Datenrate (großes b=AS) über eine engbandige Strecke läuft oder wenn ein Mobilfunknetz die angeforderte Bitrate nicht gewähren kann.</translation>
    </message>
    <message>
        <source>Endpoints, PBXs and SBCs that enforce call admission control or know the link capacity.</source>
        <comment>sentBy</comment>
        <translation>Endgeräte, TK-Anlagen und SBCs, die Call Admission Control durchsetzen oder die Kapazität der Strecke kennen.</translation>
    </message>
    <message>
        <source>Retry with a lower bandwidth offer, or later when other calls have released capacity.</source>
        <comment>retryNote</comment>
        <translation>Mit einem Angebot geringerer Bandbreite erneut versuchen oder später, wenn andere Gespräche Kapazität freigegeben haben.</translation>
    </message>
    <message>
        <source>Compare the b=AS or b=TIAS value and codecs of the offer with the admission control limits of the location or trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Vergleichen Sie den Wert von b=AS bzw. b=TIAS und die Codecs des Angebots mit den Admission-Control-Limits des Standorts oder Trunks.</translation>
    </message>
    <message>
        <source>Lower the video bit rate or use a lower-bandwidth audio codec such as G.729 or Opus at a low rate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Senken Sie die Video-Bitrate oder verwenden Sie einen Audio-Codec mit geringerer Bandbreite, etwa G.729 oder Opus mit niedriger Rate.</translation>
    </message>
    <message>
        <source>Raise the bandwidth budget or add WAN capacity if the limit is too tight.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Erhöhen Sie das Bandbreitenbudget oder erweitern Sie die WAN-Kapazität, wenn das Limit zu knapp ist.</translation>
    </message>
    <message>
        <source>The warn-agent shows which element applied the bandwidth limit.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der warn-agent zeigt, welches Element das Bandbreitenlimit angewendet hat.</translation>
    </message>
    <message>
        <source>A 488 is a common response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 ist eine häufige Antwort mit dieser Warnung.</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location can accept the bandwidth.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>Eine 606 ist die globale Form, die verwendet wird, wenn kein Ziel die Bandbreite akzeptieren kann.</translation>
    </message>
    <message>
        <source>Warning 303 means the bandwidth unit was not understood, not that it is too high.</source>
        <comment>related warning:303</comment>
        <extracomment>How warning:303 differs</extracomment>
        <translation>Warning 303 bedeutet, dass die Bandbreiteneinheit nicht verstanden wurde, nicht dass der Wert zu hoch ist.</translation>
    </message>
</context>
<context>
    <name>warning:380</name>
    <message>
        <source>SIPS Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>SIPS nicht erlaubt</translation>
    </message>
    <message>
        <source>The request used a SIPS URI but the target cannot be reached securely, for example no SIPS contacts.</source>
        <comment>summary</comment>
        <translation>Der Request verwendete eine SIPS-URI, das Ziel ist aber nicht sicher erreichbar, zum Beispiel weil keine SIPS-Contacts vorhanden sind.</translation>
    </message>
    <message>
        <source>RFC 5630 added warning 380 for the case where a request with a sips: Request-URI cannot be processed because the SIPS scheme is not allowed for the target. The usual reason is that the user has no registered contacts that can be reached over TLS end to end. It is carried in a 480 Temporarily Unavailable response.</source>
        <comment>description</comment>
        <translation>RFC 5630 hat Warning 380 für den Fall eingeführt, dass ein Request mit einer sips:-Request-URI nicht verarbeitet werden kann, weil das SIPS-Schema für das Ziel nicht erlaubt ist. Der übliche Grund ist, dass der Teilnehmer keine registrierten Contacts hat, die durchgehend per TLS erreichbar sind. Sie wird in einer Antwort 480 Temporarily Unavailable übertragen.</translation>
    </message>
    <message>
        <source>You see it when a caller dials a sips: URI and the callee&apos;s devices registered with plain sip: contacts over UDP or TCP, so the proxy cannot honour the TLS requirement on the last hop.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein Anrufer eine sips:-URI wählt und die Geräte des Angerufenen mit einfachen sip:-Contacts über UDP oder TCP registriert sind, sodass der Proxy die TLS-Anforderung auf dem letzten Hop nicht erfüllen kann.</translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the target, which knows the registered contacts.</source>
        <comment>sentBy</comment>
        <translation>Der für das Ziel zuständige Proxy oder Registrar, der die registrierten Contacts kennt.</translation>
    </message>
    <message>
        <source>Only retry with a sip: URI if local security policy allows dropping the TLS requirement; never downgrade silently. Otherwise retry after the callee registers a SIPS contact.</source>
        <comment>retryNote</comment>
        <translation>Nur dann mit einer sip:-URI erneut versuchen, wenn die lokale Sicherheits-Policy den Verzicht auf TLS erlaubt; niemals stillschweigend herabstufen. Andernfalls erneut versuchen, nachdem der Angerufene einen SIPS-Contact registriert hat.</translation>
    </message>
    <message>
        <source>Check the callee&apos;s registered Contact URIs and transports on the registrar.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie auf dem Registrar die registrierten Contact-URIs und Transporte des Angerufenen.</translation>
    </message>
    <message>
        <source>Register the callee&apos;s devices over TLS with sips: contacts if secure delivery is needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Registrieren Sie die Geräte des Angerufenen über TLS mit sips:-Contacts, wenn eine sichere Zustellung erforderlich ist.</translation>
    </message>
    <message>
        <source>Call with a sip: URI only if your security policy accepts losing the end-to-end TLS guarantee.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Rufen Sie nur dann mit einer sip:-URI an, wenn Ihre Sicherheits-Policy den Verlust der durchgehenden TLS-Garantie akzeptiert.</translation>
    </message>
    <message>
        <source>Shows code 380 and the proxy that found no contact usable with SIPS.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Zeigt Code 380 und den Proxy, der keinen mit SIPS nutzbaren Contact gefunden hat.</translation>
    </message>
    <message>
        <source>A 480 is the response RFC 5630 uses to carry this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Eine 480 ist die Antwort, die RFC 5630 zur Übertragung dieser Warnung verwendet.</translation>
    </message>
    <message>
        <source>Warning 381 is the reverse case, where SIPS is required.</source>
        <comment>related warning:381</comment>
        <extracomment>How warning:381 differs</extracomment>
        <translation>Warning 381 ist der umgekehrte Fall, in dem SIPS erforderlich ist.</translation>
    </message>
</context>
<context>
    <name>warning:381</name>
    <message>
        <source>SIPS Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>SIPS erforderlich</translation>
    </message>
    <message>
        <source>The request used a plain SIP URI but the target can only be reached with SIPS.</source>
        <comment>summary</comment>
        <translation>Der Request verwendete eine einfache SIP-URI, das Ziel ist aber nur per SIPS erreichbar.</translation>
    </message>
    <message>
        <source>RFC 5630 added warning 381 for the case where the request cannot be processed because the SIPS scheme is required for the target. It typically appears in a 480 Temporarily Unavailable response when the callee registered only sips: contacts and the request came with a sip: Request-URI.</source>
        <comment>description</comment>
        <translation>RFC 5630 hat Warning 381 für den Fall eingeführt, dass der Request nicht verarbeitet werden kann, weil für das Ziel das SIPS-Schema erforderlich ist. Sie erscheint typischerweise in einer Antwort 480 Temporarily Unavailable, wenn der Angerufene nur sips:-Contacts registriert hat und der Request mit einer sip:-Request-URI kam.</translation>
    </message>
    <message>
        <source>You see it when a user agent that only accepts secure signalling registered with sips: contacts and a caller dials its sip: address. Some clients then retry the call automatically with a sips: URI.</source>
        <comment>seenWhen</comment>
        <translation>Sie tritt auf, wenn ein User Agent, der nur sichere Signalisierung akzeptiert, sich mit sips:-Contacts registriert hat und ein Anrufer seine sip:-Adresse wählt. Manche Clients wiederholen den Ruf dann automatisch mit einer sips:-URI.</translation>
    </message>
    <message>
        <source>The proxy or registrar for the target, based on the contacts the callee registered.</source>
        <comment>sentBy</comment>
        <translation>Der Proxy oder Registrar des Ziels, auf Basis der vom Angerufenen registrierten Contacts.</translation>
    </message>
    <message>
        <source>Retry with a sips: Request-URI over TLS. Resending with sip: will fail again.</source>
        <comment>retryNote</comment>
        <translation>Mit einer sips:-Request-URI über TLS erneut versuchen. Ein erneutes Senden mit sip: scheitert wieder.</translation>
    </message>
    <message>
        <source>Check the Request-URI scheme of the failed call and the registered contacts of the callee.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Prüfen Sie das Schema der Request-URI des gescheiterten Rufs und die registrierten Contacts des Angerufenen.</translation>
    </message>
    <message>
        <source>Retry the call with a sips: Request-URI over TLS.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Wiederholen Sie den Ruf mit einer sips:-Request-URI über TLS.</translation>
    </message>
    <message>
        <source>Make sure the calling side has TLS configured with valid certificates toward the proxy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Stellen Sie sicher, dass auf der rufenden Seite TLS mit gültigen Zertifikaten zum Proxy konfiguriert ist.</translation>
    </message>
    <message>
        <source>Shows code 381 and the proxy that requires the SIPS scheme.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Zeigt Code 381 und den Proxy, der das SIPS-Schema verlangt.</translation>
    </message>
    <message>
        <source>A 480 is the response that carries this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>Eine 480 ist die Antwort, die diese Warnung überträgt.</translation>
    </message>
    <message>
        <source>Warning 380 is the reverse case, where SIPS is not allowed.</source>
        <comment>related warning:380</comment>
        <extracomment>How warning:380 differs</extracomment>
        <translation>Warning 380 ist der umgekehrte Fall, in dem SIPS nicht erlaubt ist.</translation>
    </message>
</context>
<context>
    <name>warning:399</name>
    <message>
        <source>Miscellaneous warning</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Sonstige Warnung</translation>
    </message>
    <message>
        <source>Free-form, vendor-specific warning text for humans and logs; never a trigger for automatic action.</source>
        <comment>summary</comment>
        <translation>Frei formulierter, herstellerspezifischer Warnungstext für Menschen und Logs; niemals Auslöser für automatische Aktionen.</translation>
    </message>
    <message>
        <source>Warning 399 is the catch-all code for anything that does not fit the other warn-codes. The warn-text is free text chosen by the sender, and receivers must not take automated action based on it. What matters when troubleshooting is the warn-agent, which names the element that added the warning, and the quoted text, which often carries a vendor error string.</source>
        <comment>description</comment>
        <translation>Warning 399 ist der Sammelcode für alles, was nicht zu den anderen warn-codes passt. Der warn-text ist frei vom Absender gewählt, und Empfänger dürfen darauf keine automatischen Aktionen stützen. Für die Fehlersuche zählen der warn-agent, der das Element nennt, das die Warnung hinzugefügt hat, und der zitierte Text, der oft eine Fehlermeldung des Herstellers enthält.</translation>
    </message>
    <message>
        <source>It is the most common warning in real traces. PBXs, SBCs, carriers and cloud platforms add it to 403, 404, 480, 486, 488 or 503 responses with texts such as a blocked number, an exceeded call limit, an unknown route or a failed authentication.</source>
        <comment>seenWhen</comment>
        <translation>Sie ist die häufigste Warnung in realen Traces. TK-Anlagen, SBCs, Carrier und Cloud-Plattformen fügen sie Antworten wie 403, 404, 480, 486, 488 oder 503 hinzu, mit Texten etwa zu einer gesperrten Rufnummer, einem überschrittenen Gesprächslimit, einer unbekannten Route oder einer fehlgeschlagenen Authentifizierung.</translation>
    </message>
    <message>
        <source>Any SIP element that wants to give a human-readable reason, most often SBCs, PBXs and carrier platforms.</source>
        <comment>sentBy</comment>
        <translation>Jedes SIP-Element, das einen für Menschen lesbaren Grund angeben möchte, meist SBCs, TK-Anlagen und Carrier-Plattformen.</translation>
    </message>
    <message>
        <source>The warning itself never justifies an automatic retry; follow the retry rules of the status code that carried it.</source>
        <comment>retryNote</comment>
        <translation>Die Warnung selbst rechtfertigt nie einen automatischen neuen Versuch; es gelten die Wiederholungsregeln des Statuscodes, mit dem sie übertragen wurde.</translation>
    </message>
    <message>
        <source>Read the warn-agent to see which host or product added the warning.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Lesen Sie den warn-agent, um zu sehen, welcher Host bzw. welches Produkt die Warnung hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Search that vendor&apos;s documentation or logs for the exact quoted text.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Durchsuchen Sie die Dokumentation oder Logs dieses Herstellers nach dem exakten zitierten Text.</translation>
    </message>
    <message>
        <source>Interpret the text together with the status code it came with, since the code governs the protocol behaviour.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Interpretieren Sie den Text zusammen mit dem Statuscode, mit dem er kam, denn der Code bestimmt das Protokollverhalten.</translation>
    </message>
    <message>
        <source>The warn-agent and the quoted text are the whole value of this warning; copy them verbatim when opening a ticket.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>Der warn-agent und der zitierte Text machen den gesamten Wert dieser Warnung aus; übernehmen Sie beide wörtlich, wenn Sie ein Ticket eröffnen.</translation>
    </message>
    <message>
        <source>Carriers often explain a 403 with a 399 text.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>Carrier erläutern eine 403 oft mit einem 399-Text.</translation>
    </message>
    <message>
        <source>SBCs often attach a 399 text such as a call limit to a 503.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>SBCs hängen an eine 503 oft einen 399-Text an, etwa zu einem Gesprächslimit.</translation>
    </message>
    <message>
        <source>A 488 may carry a 399 text when no specific SDP warning fits.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Eine 488 kann einen 399-Text enthalten, wenn keine spezifische SDP-Warnung passt.</translation>
    </message>
    <message>
        <source>Warning 307 is the specific catch-all for SDP problems.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation>Warning 307 ist der spezifische Sammelcode für SDP-Probleme.</translation>
    </message>
</context>
</TS>
