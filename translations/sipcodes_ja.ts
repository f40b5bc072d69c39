<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        </translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>Applies only when the gateway cannot answer the challenge itself; a gateway that holds credentials should resend the INVITE with them and continue the call instead of releasing it.</source>
        <comment>sip 401 to cause 21</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 406 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies only when the gateway cannot answer the challenge itself; a gateway that holds credentials should resend the INVITE with them and continue the call instead of releasing it.</source>
        <comment>sip 407 to cause 21</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC uses the variant of cause 22 without a diagnostic.</source>
        <comment>sip 410 to cause 22</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 413 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 414 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 415 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 416 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 420 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 421 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 423 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 484 to cause 28</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC gives no cause for 487; the gateway normally only receives it after cancelling the INVITE itself.</source>
        <comment>sip 487 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 488 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 505 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 513 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 606 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error response is defined: the gateway normally turns this cause into a BYE, or a CANCEL if the call was not yet answered.</source>
        <comment>cause 16 to sip none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the cause location says the user rejected the call, the RFC allows 603 Decline to be sent instead of 403.</source>
        <comment>cause 21 to sip 403</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is for a REL without a diagnostic giving the new number.</source>
        <comment>cause 22 to sip 410</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is for a REL whose diagnostic holds the new number; that number becomes the Contact of the 301.</source>
        <comment>cause 22 to sip 301</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC marks this row as following an ANSI procedure.</source>
        <comment>cause 26 to sip 404</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published table prints this row as &quot;510 Not implemented&quot;; 510 is not a registered SIP status code, so 501 Not Implemented is the intended response and is what implementations such as Asterisk and OPAL use.</source>
        <comment>cause 29 to sip 501</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH (hangup_cause_to_sip in mod_sofia) answers CALL_REJECTED with 603 Decline whatever the cause location, a deviation from RFC 3398, which gives 403 and allows 603 only for a user location.</source>
        <comment>FreeSWITCH cause 21 to sip 603</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current FreeSWITCH releases map INCOMPATIBLE_DESTINATION to 488 Not Acceptable Here, grouped with bearer capability not implemented, a deviation from the 503 in RFC 3398.</source>
        <comment>FreeSWITCH cause 88 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH has no explicit case for INTERWORKING, so it falls through to the default 480 Temporarily Unavailable, a deviation from the 500 in RFC 3398; other unlisted causes such as 111 get 480 the same way.</source>
        <comment>FreeSWITCH cause 127 to sip 480</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip sends 488 Not Acceptable Here for BEARERCAPABILITY_NOTAVAIL, which it uses when no common codec exists, a deviation from the 503 in RFC 3398.</source>
        <comment>Asterisk cause 58 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip turns a received 503 into AST_CAUSE_CONGESTION (34), a deviation from RFC 3398, which maps 503 to cause 41.</source>
        <comment>Asterisk sip 503 to cause 34</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip maps a received 488 (and 606) to BEARERCAPABILITY_NOTAVAIL (58) without looking at the Warning header, a deviation from RFC 3398, which derives the cause from the Warning (31 by default, 65 for bearer problems).</source>
        <comment>Asterisk sip 488 to cause 58</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:1</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled number is well formed but is not assigned to any subscriber.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number passes format checks but no line or service is assigned to it in the terminating network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier answers the INVITE with 404 and Reason: Q.850;cause=1 when the DID has been disconnected or the dial plan built a wrong but valid-looking number.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminating exchange or a carrier SBC that finds no assignment for the number; PBXs also use it when an extension does not exist.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying the same number will fail the same way. Only retry after correcting the digits or the number translation.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Request-URI user part against the number actually dialled, including country code and E.164 normalisation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the same number from a mobile or another carrier to see whether it is really unassigned.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the number should exist, open a ticket with the terminating carrier with the Call-ID and timestamp.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=1; the location field shows which network decided the number is unassigned.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 3 means the number may exist but this network cannot route to it.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 22 says the number existed but has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:100</name>
    <message>
        <source>Invalid information element contents</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An information element was recognised but its contents are coded wrongly.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment implements the information element, but one or more fields are coded in a way it does not implement. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when a calling or called number from SIP contains characters or a numbering plan the PSTN side cannot encode, for example a plus sign or letters in the digits.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and exchanges validating element contents.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after correcting the offending field.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the digits in From, P-Asserted-Identity and the Request-URI for non-numeric characters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the type of number and numbering plan correctly on the gateway.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with clean digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=100; the diagnostic may name the element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 96 means the element is missing.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 99 means the element is unknown.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 28 is the specific called number format error.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:101</name>
    <message>
        <source>Message not compatible with call state</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message arrived that is not allowed in the current call state.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment received a message that its procedures do not permit in the current call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen from PRI or ISUP gateways after signalling races, such as a release crossing a connect, relayed in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new attempt may succeed; the fault is in the state of one call.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the TDM trace and look for crossing messages.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check timers and timing of call tear-down on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update gateway firmware if the behaviour is a known defect.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=101.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 98 combines this case with unknown message types.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 81 is an unknown call reference.</source>
        <comment>related q850:81</comment>
        <extracomment>How q850:81 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:102</name>
    <message>
        <source>Recovery on timer expiry</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol timer expired and error recovery cleared the call.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure was started because a timer expired during error handling. RFC 3398 renders it as 504 Server Time-out and uses it for 408 and 504 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 504 with Reason: Q.850;cause=102 when the PSTN side never got a timely answer from the next exchange; also a REL with cause 102 after your side timed out with 408.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and exchanges whose signalling timer fired.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route advance is reasonable; the same route may work later.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the far end of the PSTN route is reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the gateway&apos;s timers with your INVITE timeout (Timer B, Timer C).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route advance to another carrier if the timeout repeats.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=102; the location shows which side timed out.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps a SIP 408 back to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 18 is a user that did not respond in time.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:103</name>
    <message>
        <source>Parameter non-existent or not implemented - passed on (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown ISUP parameter was ignored and passed on unchanged.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment received parameters it does not recognise; they were ignored, and an intermediate exchange passed them on unchanged. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normally informational, reported in an ISUP confusion or notification; in SIP it may appear in a Reason header if a gateway copies it into a release.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISUP exchanges in national networks.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the call failed, retry without the unknown parameter.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the parameter named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether that parameter needs to be sent on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier if releases result.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=103.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 99 is the general unknown element case.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 110 means the message was discarded instead.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:110</name>
    <message>
        <source>Message with unrecognized parameter discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was discarded because it contained an unknown parameter.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment discarded a received message that includes a parameter it does not recognise. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when SIP-I or ISUP content from your side carries a parameter the carrier&apos;s exchange refuses.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISUP exchanges.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry without the unrecognised parameter.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ISUP body (SIP-I or SIP-T) the SBC or gateway adds.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or correct the parameter the carrier does not accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=110.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 99 ignores the element instead of discarding the message.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 103 passes the parameter on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:111</name>
    <message>
        <source>Protocol error, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol error occurred and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports a protocol error event only when no other cause in the protocol error class applies. RFC 3398 renders it as 500 Server Internal Error.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 500 with Reason: Q.850;cause=111 from a gateway that hit a signalling error it cannot classify.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and switches reporting an unclassified protocol error.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another route; repeated failures on this one need traces.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture SIP and TDM traces of the failing call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a working call to spot unusual headers, body parts or numbers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the trace to the gateway or carrier vendor.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=111.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:127</name>
    <message>
        <source>Interworking, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call crossed a network that did not report the real cause.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interworking with a network that does not provide causes for its actions took place, so the precise cause is unknown. RFC 3398 renders it as 500 Server Internal Error and maps several SIP errors, such as 413, 414, 416, 420, 421, 423, 505 and 513, to it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 500 or 503 with Reason: Q.850;cause=127 from a carrier whose downstream route (another SIP network or an international partner) failed without a usable cause.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers and gateways relaying a failure from a network that gave no cause.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route advance to another carrier is the practical response.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry to see if the failure is consistent for that destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier for their downstream release reason with the Call-ID.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the destination via another carrier if failures persist.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=127; the text parameter sometimes holds the original reason.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal-class cause.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:14</name>
    <message>
        <source>QoR: ported number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number has been ported out, so the originating network must look it up and reroute.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause supports query-on-release number portability: an exchange found that the called number was ported away, and the preceding network should query its portability data and route again. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response from a carrier when a call to a recently ported number is sent to the donor network without a routing number.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The donor network&apos;s exchange in countries that use query on release for portability.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry once the number has been looked up in the portability database and the routing number applied.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether your routing does a number portability lookup before sending the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the portability data for the number or range.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the call again with the routing number the portability database returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=14; it asks the previous network to do a portability query.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all, rather than ported.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 22 reports a changed number, not a ported one.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A possible SIP rendering when the gateway cannot reroute; RFC 3398 has no row for cause 14.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:16</name>
    <message>
        <source>Normal call clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the parties hung up; the call ended normally.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is being cleared because one of the users asked for it, and the network is normally not the source. RFC 3398 maps it to no error response: it normally becomes a BYE, or a CANCEL before answer.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen as Reason: Q.850;cause=16 in a BYE or CANCEL from a carrier or gateway when the PSTN party hangs up.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any endpoint, PBX or gateway relaying an ordinary hang-up.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; the call ended normally.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs fixing if the call lasted as expected.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If calls drop unexpectedly with cause 16, check which side sent the first BYE and what triggered it (session timers, RTP inactivity timeout, transfer).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare call durations for a pattern, such as drops at a fixed time that point to a timer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=16 in a BYE or CANCEL; the location shows which side cleared.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified member of the normal class, often used for failed set-ups.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 17 ends a call attempt because the callee is busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final response an INVITE gets when it is cancelled by the caller.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:17</name>
    <message>
        <source>User busy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot take another call.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party is unable to accept another call because a busy condition was met. The user&apos;s equipment or the network may generate it. RFC 3398 renders it as 486 Busy Here.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 486 with Reason: Q.850;cause=17 from a carrier when the called line is engaged, or from a PBX when the extension has no free line.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called device, its PBX, or the terminating network.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same call may succeed later; a proxy forking to several contacts keeps trying the others.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by calling the number from another line.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every call gets busy, check whether the destination PBX or trunk has hit its channel or licence limit.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check call waiting and busy-on-busy settings on the destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=17; the location tells whether the user or the network declared busy.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely present, but gives a hint when to try again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global busy response, which RFC 3398 also maps back to cause 17.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 34 means the network, not the user, has no free circuit.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:18</name>
    <message>
        <source>No user responding</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party did not respond to the call set-up in time.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party did not answer the set-up with either an alerting or a connect indication within the allowed time. RFC 3398 renders it as 408 Request Timeout.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 with Reason: Q.850;cause=18 from a carrier, typically for a mobile that could not be paged or a device that never started ringing.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminating network when the called device never alerts.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later attempt may succeed once the device is reachable.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the called device is powered on and reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that this 408 came from the far network, not from your own Timer B.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later or route to voicemail.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=18; it separates this timeout from a local transaction timeout.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 19 means the phone rang but nobody answered.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 20 means the subscriber is known to be absent.</source>
        <comment>related q850:20</comment>
        <extracomment>How q850:20 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:19</name>
    <message>
        <source>No answer from user (user alerted)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone rang but was not answered in time.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party was alerted but did not connect within the allowed time. It is not always generated by the ISDN access procedures; network timers may produce it too. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=19 after a 180 Ringing, when the carrier&apos;s no-answer timer expires before your own.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminating network or PBX whose no-answer timer fired.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller may try again later; nothing on the request needs to change.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the carrier&apos;s no-answer timer with your PBX ring timeout.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure call forwarding or voicemail if unanswered calls should go somewhere.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the callee&apos;s device auto-rejects after a fixed ring time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=19; it confirms the call did ring.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 18 means the phone never started ringing.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 16 would be used if the call was answered and then cleared.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:2</name>
    <message>
        <source>No route to specified transit network (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call asked for a transit network that this exchange does not know or cannot reach.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange was told to route via a particular transit network, for example through a carrier selection code, and that network is unknown to it or does not serve it. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in a 404 with Reason: Q.850;cause=2 when a carrier access or selection prefix is left in the dialled digits or the trunk forces a transit carrier the far switch does not recognise.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PSTN exchange that cannot hand the call to the requested transit network.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same route will keep failing; a router may try another carrier or send the call without a transit network selection.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove any carrier selection or access prefix from the number sent on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the trunk or the numbering translation forces a specific transit network for this destination.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier whether the requested transit network is reachable from their switch.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=2; check the location field to see which exchange rejected the transit choice.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 91 means the transit network identification itself was badly formatted.</source>
        <comment>related q850:91</comment>
        <extracomment>How q850:91 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 3 concerns the destination rather than a transit network.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:20</name>
    <message>
        <source>Subscriber absent</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called mobile or user is not currently reachable.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when a mobile station has logged off, radio contact cannot be made, or a personal telecommunication user cannot be addressed on any terminal. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=20 for a switched-off mobile, or from a PBX whose SIP extension has no registration.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile networks and PBXs that know the user is not registered.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, once the user is registered or in coverage.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registration state of the target if it is a SIP user on your own platform.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later or send the caller to voicemail.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mobiles, confirm the phone is on and has coverage.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=20; it indicates absence rather than a refusal.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 18 is a timeout without a known absence.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 19 means the user was alerted but did not answer.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:21</name>
    <message>
        <source>Call rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party or the network refused the call although it could have accepted it.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination does not wish to take this call even though it is neither busy nor incompatible; the network may also reject for policy reasons. The diagnostic field may carry details. RFC 3398 renders it as 403 Forbidden, or 603 Decline when the cause location is the user.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 or 603 with Reason: Q.850;cause=21 when a carrier screens out the calling number, such as an invalid or unauthorised caller ID, or when the callee declines.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called user, its PBX, or a network policy function.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry the same call; change the caller ID or get the callee&apos;s consent first.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the caller ID in From and P-Asserted-Identity: format, ownership and whether the carrier allows it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the callee uses call screening or anonymous call rejection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier for the rejection reason with the Call-ID if the number should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=21; a location of user means the person rejected it.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unauthorised or malformed asserted identity is a common reason for network rejections.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 allows 603 when the rejection came from the user.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 24 is the specific rejection by a destination feature such as anonymous call rejection.</source>
        <comment>related q850:24</comment>
        <extracomment>How q850:24 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:22</name>
    <message>
        <source>Number changed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number is no longer in use; a new number may be given.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number dialled has been taken out of service; the diagnostic field may carry the new number. RFC 3398 renders it as 410 Gone, or as 301 Moved Permanently with the new number in Contact when the diagnostic holds it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 410 with Reason: Q.850;cause=22 from a carrier for a number that was changed, or occasionally a 301 carrying the new number.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminating exchange when a subscriber has changed number.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry the old number. If a 301 with Contact arrived, the call may be placed to that new target.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a Contact header in a 301 and update the stored number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the contact or routing database that produced the old number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new number with the called party before relying on it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=22; the location shows where the change was detected.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the 301 variant, holds the new number taken from the diagnostic.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 response when no new number is known.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 response when the new number is in the diagnostic.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 1 means the number is unassigned with no history.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:23</name>
    <message>
        <source>Redirection to new destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange asks the previous exchange to route the call to a different number.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cause belongs to an ISUP mechanism in which an exchange decides that the call should go to another called number and asks a preceding exchange to route it there. RFC 3398 renders it as 410 Gone.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare on SIP trunks; a gateway that cannot act on the ISUP redirection answers 410 with Reason: Q.850;cause=23.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISUP exchange using the network redirection procedure.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request will not succeed; the call would need to be placed to the new number.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the gateway supports ISUP redirection and passes the new number on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for Diversion or History-Info headers that reveal the intended target.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier which destination the call was redirected to.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=23; the new target is not carried in SIP by RFC 3398.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 22 is a permanent number change.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native SIP way to point the caller at a new target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:24</name>
    <message>
        <source>Call rejected due to feature at the destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature at the destination, such as anonymous call rejection, refused the call.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause reports a rejection caused by a supplementary service at the destination, the usual example being anonymous call rejection. RFC 3398 predates it and has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in a failure response from a carrier when the caller withheld their number (Privacy: id) and the callee has anonymous call rejection enabled.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminating network applying a feature of the called subscriber.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with the identity presented, if the caller agrees.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the call was sent with caller ID withheld (Privacy header or anonymous From).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the caller ID unrestricted if policy allows, then retry.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise tell the caller that the destination refuses anonymous calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=24; the feature behind the refusal is not always named.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of id or user shows the caller withheld their identity.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response defined for refusing anonymous calls.</source>
        <comment>related 433</comment>
        <extracomment>How 433 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 21 is the general call rejected cause.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decline from the user rather than from a feature.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:25</name>
    <message>
        <source>Exchange routing error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate exchange gave up on the call, typically because the hop counter ran out.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination could not be reached because an intermediate exchange released the call after reaching the limit of the ISUP hop counter procedure. RFC 3398 uses it for 482 Loop Detected and 483 Too Many Hops in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when calls loop between carriers or between your SBC and a carrier, ending with 483 or with Reason: Q.850;cause=25.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transit exchange whose hop counter reached zero, or a SIP gateway translating a loop error.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same route will loop again; fix routing or send the call through a different carrier.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Via and Max-Forwards of the failed INVITE for signs of a loop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check routing tables on both sides for a destination that routes back to its origin, such as a ported or forwarded number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the loop, then test again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=25; the location shows which exchange hit the limit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 Too Many Hops to this cause.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 Loop Detected to this cause.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 3 means no route exists, not a loop.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:26</name>
    <message>
        <source>Non-selected user clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was offered to several terminals and another one took it.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not been awarded the incoming call, typically because another terminal answered it first. RFC 3398 renders it as 404 Not Found and marks the row as an ANSI procedure.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when a forked or group call is answered elsewhere; Asterisk uses this cause internally for a call answered elsewhere in a ring group.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN equipment on a shared bus, or a PBX cancelling ringing branches.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; another terminal already took the call.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as normal if the call was answered by another member of the group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no one answered, check the group or hunt configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that the CANCEL to the other branches carried a sensible Reason.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=26 on the branches that lost.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 16 is the normal clearing of the answered call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response other ringing branches get when they are cancelled.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:27</name>
    <message>
        <source>Destination out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface to the destination is not working, so the call could not be delivered.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signalling message could not be delivered to the remote party, for example because of a physical or data link failure at the remote side or because the user&apos;s equipment is off line. RFC 3398 renders it as 502 Bad Gateway.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 502 with Reason: Q.850;cause=27 when the called PBX, its PRI or its SIP trunk behind the carrier is down.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network that tried to deliver the call to the failed interface.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after the destination equipment recovers, or send the call to an alternate destination.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the destination PBX, its trunk or its registration to the carrier is up.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test another number on the same destination to confirm an outage.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over to an alternate route or number if one exists.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=27; the location shows the network that detected the failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 38 points at the network, not the destination.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 41 is a short-lived network failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:28</name>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number is incomplete or in a format the network cannot use.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot be reached because the number is not in a valid format or is not complete. RFC 3398 renders it as 484 Address Incomplete.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 484 with Reason: Q.850;cause=28 when digits are missing, the country code is wrong, or a plus sign or extra characters reach a network that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any exchange or PBX that validates number format.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with a complete, correctly formatted number.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the length and prefix of the number in the Request-URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the number format the carrier documents (E.164 with or without plus, national).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether overlap dialling is in use and the INVITE was sent before all digits were collected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=28; compare it with the called number actually sent.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 1 means the format is fine but the number is unassigned.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 5 is the specific case of a leftover trunk prefix.</source>
        <comment>related q850:5</comment>
        <extracomment>How q850:5 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:29</name>
    <message>
        <source>Facility rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot provide a supplementary service the call asked for.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facility or supplementary service requested by the user cannot be provided by the network. RFC 3398 renders it as 501 Not Implemented.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in a 501 with Reason: Q.850;cause=29 when the INVITE or its SIP-I body requests a service the carrier does not offer.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PSTN exchange that refuses a requested supplementary service.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry without the rejected service.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify which service was requested (for example through SIP-I parameters or special headers).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the service request and retry the call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier whether the service can be enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=29; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 intends for this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 50 means the user has not subscribed to the service.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 69 means the service is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:3</name>
    <message>
        <source>No route to destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the call reached does not serve the requested destination.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number may be valid, but the network through which the call was routed has no way to reach that destination. Support for this cause depends on the network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier returns 404 with Reason: Q.850;cause=3 for destinations not enabled on the account, such as certain international ranges, premium or short codes.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier or transit switch that has no route for the destination; Asterisk also uses it when a dialled extension is not found in the context.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not repeat the call on the same route. A least-cost router may advance to a carrier that serves the destination.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the destination class (international, premium, short code) is enabled on the carrier account.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the outbound route selected for this prefix in the PBX or SBC routing table.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test through a different carrier to separate routing from number problems.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=3; the location field shows how far the call got.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 2 is about a requested transit network, not the destination.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:30</name>
    <message>
        <source>Response to STATUS ENQUIRY</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STATUS message is being sent as the answer to a STATUS ENQUIRY.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ISDN access signalling this cause appears in a STATUS message generated because a STATUS ENQUIRY was received. It is not a call release reason, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a SIP call fails with Reason: Q.850;cause=30, the gateway has copied the cause of a status exchange on the PRI, which usually points to a call state mismatch on the D-channel.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN equipment answering a status enquiry.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to retry directly; look for the real failure in the PRI trace.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the Q.931 trace on the PRI and look for STATUS ENQUIRY and STATUS messages around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the gateway and the switch disagree on the call state.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the gateway&apos;s mapping of unexpected causes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=30; on its own it does not explain a failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 101 reports a message not compatible with the call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 98 also covers call state mismatches.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:31</name>
    <message>
        <source>Normal, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A normal-class event that fits no more specific cause.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to report a normal event only when no other cause in the normal class applies. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=31 from carriers whose switch has no better cause, or a BYE with cause 31 instead of 16.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches and gateways that fall back to a generic normal cause.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later attempt may succeed; repeated failures need the carrier&apos;s own logs.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text parameter in the Reason header for a vendor-specific explanation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call to see if the failure is consistent.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier for their internal release reason with the Call-ID.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=31; the text parameter sometimes holds more detail.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 16 is the specific normal clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:34</name>
    <message>
        <source>No circuit/channel available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suitable circuit or channel is free to carry the call right now.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appropriate circuit or channel available at the moment to handle the call. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=34 from a carrier when your trunk&apos;s concurrent call limit is reached, or from a PRI gateway with all B-channels busy.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers, PRI gateways and PBXs that have run out of trunk capacity.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route advance to another trunk or carrier is appropriate. The same trunk may be retried after Retry-After or once calls have ended.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the number of active calls with the channel or concurrency limit on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at Retry-After and spread traffic over other trunks or carriers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier whether the route to the destination is congested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=34; a location in the local network usually means your own trunk is full.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 42 is congestion in the switch itself.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 44 means one specific requested channel was unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:38</name>
    <message>
        <source>Network out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not working and the problem is likely to last a while.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not functioning correctly and the condition is expected to last for a relatively long period, so an immediate new attempt is unlikely to work. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=38 during a carrier outage or when the gateway has lost its SS7 or PRI link.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier network or gateway that has lost connectivity.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not hammer the same route; fail over to another carrier and retry this one later, honouring Retry-After.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the carrier&apos;s status page or NOC for an outage.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gateway&apos;s TDM links (SS7 signalling, PRI D-channel).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over to another carrier until service returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=38; it suggests an outage rather than a momentary glitch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 41 is the short-lived variant where an immediate retry may work.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 27 is a failure at the destination rather than in the network.</source>
        <comment>related q850:27</comment>
        <extracomment>How q850:27 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:39</name>
    <message>
        <source>Permanent frame mode connection out of service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanently established frame mode connection is out of service.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports that a permanent frame mode connection, for example a frame relay circuit, is out of service because of equipment or section failure. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely seen on SIP trunks; it appears only if a gateway relays a cause from a frame mode data service.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another path until the connection is restored.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the status of the underlying frame mode or leased circuit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the provider of the permanent connection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route over an alternative path until it is restored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=39; unusual in voice calls.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 40 reports that the connection works again.</source>
        <comment>related q850:40</comment>
        <extracomment>How q850:40 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 38 is a general network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:4</name>
    <message>
        <source>Send special information tone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot be reached for a long-term reason and an information tone should be played.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network signals that the destination is unreachable for reasons of a lasting nature and that the caller should hear a special information tone. RFC 3398 has no row for this cause, so the SIP code depends on the gateway.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in the Reason header of a 4xx or 5xx response from a PSTN gateway when the far network wants an intercept tone, for example for numbers out of service.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PSTN exchange that wants the caller to hear an intercept tone or announcement.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition is long term, so automatic retries are pointless until the number is corrected.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to any early media (183 with SDP) for an intercept announcement explaining the reason.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the number is still in service and correctly dialled.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier what condition triggered the tone if the number should be valid.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=4; the SIP status code chosen by the gateway varies.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A common SIP rendering for an unreachable number; RFC 3398 itself has no row for cause 4.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 1 is the specific case of an unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 22 covers a number that has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:40</name>
    <message>
        <source>Permanent frame mode connection operational</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent frame mode connection is working again.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports that a permanently established frame mode connection is operational and able to carry user information. It is informational and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a call failure; it would appear only if a gateway relays frame mode status into a SIP Reason header.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; the cause reports a restored connection.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as a status notice rather than an error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it appears on a failed voice call, review the gateway&apos;s cause mapping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=40; informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 39 reports that the connection is out of service.</source>
        <comment>related q850:39</comment>
        <extracomment>How q850:39 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary end of a call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:41</name>
    <message>
        <source>Temporary failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short-lived network problem; trying again soon may work.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not functioning correctly, but the condition is not expected to last long, so another attempt almost immediately may succeed. RFC 3398 renders it as 503 Service Unavailable and also uses it for 400, 481, 500 and 503 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=41 from a carrier during brief resource or signalling hiccups, or a REL with cause 41 when your side answered with a 5xx.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers and gateways reporting a transient internal or network problem.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An immediate retry or route advance is reasonable; honour Retry-After if present.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call, or let the router advance to the next carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the failure rate over time; a steady rate points to a persistent problem despite the cause.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the carrier Call-IDs if the temporary failures continue.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=41; it invites an immediate retry.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 38 is the long-lasting network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 42 is switch congestion.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:42</name>
    <message>
        <source>Switching equipment congestion</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch handling the call is overloaded.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switching equipment that generated the cause is under high traffic load. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=42 during traffic peaks or when calls are sent faster than the carrier&apos;s calls-per-second limit.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overloaded carrier switch, SBC or gateway.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route advance is appropriate; retry the congested route only after Retry-After or a back-off.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your call attempt rate against the carrier&apos;s CPS limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honour Retry-After and pace new attempts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread traffic over other carriers during peaks.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=42; the location shows which network is congested.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits rather than switch overload.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 41 is a transient failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:43</name>
    <message>
        <source>Access information discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some access information could not be delivered to the remote user.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not pass on access information the user sent, such as user-to-user information, compatibility information or a subaddress; the diagnostic says which element was dropped. The call itself may continue, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasionally visible in a Reason header when a gateway relays this cause from an ISDN progress or release message, often on calls carrying user-to-user information.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISDN network that dropped part of the call information.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually nothing to retry; the call can proceed without the discarded information.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which information element the diagnostic names.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending that information (for example user-to-user data) if the far end cannot take it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as a warning if the call otherwise connected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=43; the cause alone does not mean the call failed.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 29 rejects a requested facility outright.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 99 concerns unrecognised elements rather than undeliverable ones.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A possible SIP rendering if the gateway fails the call; RFC 3398 has no row for cause 43.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:44</name>
    <message>
        <source>Requested circuit/channel not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specific circuit or channel asked for cannot be provided.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circuit or channel requested by the other side cannot be provided, for example when an exclusive channel request collides with a channel already in use. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in the Reason header of a 5xx from a PRI or ISUP gateway when channel selection collides, such as two sides grabbing the same B-channel or CIC.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRI and ISUP equipment on either side of a trunk.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry on another channel, span or gateway.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether both sides use exclusive channel selection and pick channels from the same end.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure opposite hunting directions to reduce glare.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for circuits blocked on one side but not the other.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=44; it points to the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 34 means no channel at all is free.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 6 means the offered channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 44.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:46</name>
    <message>
        <source>Precedence call blocked</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A precedence call could not be completed because no preemptable resource was available.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In MLPP networks, the call was blocked because there are no preemptable circuits, or the called user is busy with a call of equal or higher precedence. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in government or defence networks using MLPP, in the Reason header of a failure response for a priority call.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLPP-capable exchange.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later, or with higher precedence only if policy allows it.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the precedence level in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later or at a higher precedence if authorised.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review capacity on the affected route with the network operator.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=46.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the precedence the call requested.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 8 preempts an existing call.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 17 is an ordinary busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits without precedence.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:47</name>
    <message>
        <source>Resource unavailable, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A needed resource is unavailable and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports a resource unavailable event only when no other cause in that class fits. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=47 when a gateway runs out of DSP or transcoding resources, or a carrier has an unnamed resource shortage.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and switches out of an internal resource.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another route now; retry this one after Retry-After or when load drops.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DSP, transcoder and media port usage on the gateway or SBC.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer codecs that avoid transcoding.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route advance to another gateway while resources are exhausted.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=47; the text parameter may name the resource.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 34 is the specific lack of circuits.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 58 is a temporary lack of the requested bearer.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:49</name>
    <message>
        <source>Quality of Service not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested quality of service cannot be provided.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot deliver the quality of service that was requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare on voice trunks; a gateway may relay it in a Reason header when an ISDN or data service cannot meet a requested QoS.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network equipment that cannot meet a QoS request.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another route or default parameters may work.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the call requested special bearer or QoS parameters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with default service parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another route with more capacity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=49.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 47 is the general resource shortage.</source>
        <comment>related q850:47</comment>
        <extracomment>How q850:47 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 58 is a bearer that is temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:5</name>
    <message>
        <source>Misdialled trunk prefix (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number wrongly includes a national trunk prefix.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number contains a trunk prefix, such as a leading 0, that should have been removed before the number was sent into the network. RFC 3398 has no row for this cause.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the SBC sends national numbers with the trunk prefix still attached, or prepends a country code without stripping the leading 0.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national exchange that detects a trunk prefix in the called number.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with the number rewritten without the trunk prefix.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Request-URI and To user part with the format the carrier expects (national, international or E.164).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the number normalisation rule so the trunk prefix is stripped when a country code is added.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a test call and confirm the digits on the carrier side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=5; the called number in the INVITE is the thing to inspect.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A likely SIP rendering for a number in the wrong form; RFC 3398 has no row for cause 5.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 28 covers numbers that are incomplete or in an invalid format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 1 is returned when the digits form a valid but unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:50</name>
    <message>
        <source>Requested facility not subscribed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller asked for a supplementary service it has not subscribed to.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested supplementary service is implemented, but the user has not completed the administrative arrangements to use it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in a failure response when the carrier account lacks a feature the call needs, such as a caller ID option or a service class.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier exchange enforcing subscription data.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry without the unsubscribed service, or after subscribing to it.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the service the call requested.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account features with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry without the service or after it is enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=50; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 29 rejects a facility without blaming the subscription.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 69 means the facility is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 57 is the bearer capability equivalent.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:53</name>
    <message>
        <source>Outgoing calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller belongs to the closed user group but may not make outgoing calls in it.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling party is a member of the closed user group (CUG) for the outgoing CUG call, but outgoing calls are not permitted for this member. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on enterprise or virtual private network services built on CUGs, in the Reason header of a rejection.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry until the CUG restrictions are changed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the caller&apos;s CUG membership and restrictions with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the call without the CUG if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator to lift the outgoing restriction.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=53.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls to the member instead.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 87 means a party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 53.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:55</name>
    <message>
        <source>Incoming calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party is in the closed user group but does not accept incoming calls in it.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Although the called party is a member of the closed user group for this incoming CUG call, incoming calls are not allowed to this member. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=55 on CUG-based enterprise services.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry until the restriction is changed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the called member&apos;s CUG restrictions.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator to allow incoming calls if appropriate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach the party through a non-CUG number if policy allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=55.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing calls for the caller.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 87 means one party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:57</name>
    <message>
        <source>Bearer capability not authorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller asked for a bearer service it is not allowed to use.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested bearer capability is implemented by the equipment, but the user is not authorised to use it. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=57 when a gateway signals a data or unrestricted digital bearer, for example for clear-channel or video calls, on a trunk provisioned only for speech.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PSTN exchange checking bearer service authorisation.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a bearer capability the account is allowed to use.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bearer capability the gateway sends for this call type.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use speech or 3.1 kHz audio bearer for voice and fax calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier to provision the bearer service if it is needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=57.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 58 means the bearer is allowed but temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:58</name>
    <message>
        <source>Bearer capability not presently available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested bearer service exists but cannot be provided right now.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer capability is implemented but is not available at this time. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=58 when resources for a particular bearer, such as unrestricted digital, are exhausted; Asterisk also uses this cause when no common codec is found.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges and gateways short of a specific bearer resource.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later or over another route; the bearer may become available.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the failure is specific to data or video calls.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later or over a route with spare capacity for that bearer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Asterisk produced it, compare the codec lists on both legs.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=58.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk sends 488 for this cause, unlike RFC 3398.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:6</name>
    <message>
        <source>Channel unacceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The B-channel or circuit most recently offered is not acceptable to the sender.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During ISDN call set-up the channel identified by the other side cannot be used by the equipment sending this cause. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows up in the Reason header of a 5xx from a PRI or ISUP gateway when channel negotiation on the TDM side fails, often after a span reconfiguration.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISDN PRI or ISUP gateway, or the switch on the other side of it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another span or gateway may accept the call; the same channel choice will be refused again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PRI channel selection mode (preferred or exclusive) on both the gateway and the PBX or carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for B-channels in maintenance or blocked state on the span.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which channel was offered and refused.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=6; the problem lies on the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A likely SIP rendering for a channel problem; RFC 3398 has no row for cause 6.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 44 means the specifically requested channel is not available.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 82 means the identified channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:62</name>
    <message>
        <source>Inconsistency in designated outgoing access information and subscriber class</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CUG outgoing access requested does not match the subscriber&apos;s class.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing access information designated for the call is inconsistent with the subscriber class, a closed user group check. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on CUG-based services when a call asks for outgoing access that the subscriber&apos;s profile does not include.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network enforcing closed user group data.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry until the profile or the access request is fixed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the subscriber&apos;s CUG profile and outgoing access setting.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the call with access options consistent with the profile.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator to correct the profile if needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=62.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing CUG calls.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 87 means the party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:63</name>
    <message>
        <source>Service or option not available, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested service or option is not available and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports a service or option not available event only when no other cause in the class fits. RFC 3398 uses it in the SIP to ISUP direction for 405 Method Not Allowed.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the carrier does not offer the requested service on the account, or in a REL after a 405 from the SIP side.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges and gateways reporting a service they do not offer.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another route that offers the service may succeed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which service the call relies on (destination class, feature, method).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account and trunk options with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another route that offers the service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=63.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 Method Not Allowed to this cause.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 79 means the service is not implemented.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 50 means the service is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:65</name>
    <message>
        <source>Bearer capability not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment does not support the requested bearer service.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the bearer capability requested. RFC 3398 renders it as 488 Not Acceptable Here and suggests it for 488 or 606 when the Warning points to an unavailable bearer.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=65 when the SDP offer or the derived bearer (for example video or clear-channel data) cannot be carried by the gateway or the PSTN.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or exchange that lacks the requested bearer service.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a different codec or bearer.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SDP offer: include G.711 for calls that cross the PSTN.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the gateway maps codecs and fax (T.38) to ISDN bearer capabilities.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a plain speech bearer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=65.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 may carry a warn-code that names the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 58 means the bearer exists but is busy.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 70 means only the restricted digital bearer exists.</source>
        <comment>related q850:70</comment>
        <extracomment>How q850:70 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:66</name>
    <message>
        <source>Channel type not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment does not support the requested channel type.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the channel type requested, for example a channel rate it does not offer. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare on SIP trunks; seen when a PRI gateway requests a channel type, such as multi-rate, that the switch does not support.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN equipment on either side of a PRI.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a supported channel type.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the channel type and rate the gateway requests on the PRI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure standard 64 kbit/s B-channel calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=66.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 65 is about the bearer rather than the channel.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 6 means a specific channel was unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 82 means the channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:69</name>
    <message>
        <source>Requested facility not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment does not support the requested supplementary service.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the supplementary service requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when a call asks the PSTN side for a feature, such as a specific transfer or call completion service, that the switch does not provide.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange or gateway lacking the service.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry without the unsupported service.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the service requested in the signalling.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the feature for this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call without it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=69.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 29 rejects the facility without saying it is unimplemented.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 50 is a facility that exists but is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 69.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:7</name>
    <message>
        <source>Call awarded and being delivered in an established channel</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming call is being connected over a channel already established to the user.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has been given the call, and it is being delivered on a channel already set up for similar calls, a mechanism used for packet mode services such as X.25. It is not a failure and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare on SIP trunks; if it appears in a Reason header it usually means a gateway passed through an ISDN data-service cause it could not map.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN equipment handling packet mode calls.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to retry; the cause describes delivery, not a failure.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the call is a data or packet mode call that the SIP side should not carry.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the gateway cause mapping table for unmapped ISDN causes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to confirm where the cause originated.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=7; treat it as informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary normal clearing cause.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway with no mapping may fall back to a generic 5xx; RFC 3398 has no row for cause 7.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:70</name>
    <message>
        <source>Only restricted digital information bearer capability is available (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the restricted digital bearer is available, not the unrestricted one requested.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller requested an unrestricted bearer service, but the equipment only supports the restricted version. RFC 3398 renders it as 488 Not Acceptable Here.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=70 on routes in national networks that only offer restricted 56 kbit/s digital service, for clear-channel or data calls.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national network exchange with only restricted digital service.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a restricted digital or speech bearer.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the call was sent as an unrestricted digital (clear-channel) call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry as a restricted digital or speech call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a route that supports unrestricted digital service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=70.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 57 means the bearer is not authorised.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:79</name>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested service or option is not implemented and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports a service or option not implemented event only when no other cause in that class applies. RFC 3398 renders it as 501 Not Implemented and maps 406, 415 and 501 to it in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 501 with Reason: Q.850;cause=79 when the far side lacks a feature the call needs, or a REL with cause 79 after the SIP side answered 415 or 501.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and exchanges lacking a requested service.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry without the unimplemented service or option.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the feature, media type or method the call relied on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or fall back to a basic call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gateway&apos;s capabilities list.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=79.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 63 means the service exists but is unavailable.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 69 is the specific case of a supplementary service.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:8</name>
    <message>
        <source>Preemption</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was preempted by a higher-precedence call.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is being cleared because a call with higher precedence needed the resources, as in multi-level precedence and preemption (MLPP) networks. RFC 3398 has no row for it; RFC 4411 defines a separate Reason protocol value for preemption events.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in a BYE or failure response from a gateway in government or defence networks that use MLPP, with Reason: Q.850;cause=8.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLPP-capable switch that needed the circuit for a higher-priority call.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call may be placed again once resources free up, or with a higher precedence if authorised.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the network uses precedence levels and what level the call carried (Resource-Priority header).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with the network operator whether preemption was expected at that time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the precedence of the call only if policy allows it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=8; a Reason with the preemption protocol from RFC 4411 may appear as well.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the precedence the call was placed with.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 9 also reserves the circuit for the preempting exchange.</source>
        <comment>related q850:9</comment>
        <extracomment>How q850:9 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 46 blocks a new precedence call instead of clearing an existing one.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A possible SIP rendering when a call set-up is preempted; RFC 3398 has no row for cause 8.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:81</name>
    <message>
        <source>Invalid call reference value</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message referred to a call reference that is not in use on the interface.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment received a message whose call reference is not currently assigned on the user-network interface. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in a Reason header from a PRI gateway when the gateway and the switch disagree about which calls exist, often after a D-channel restart.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN equipment on a PRI.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new call attempt uses a new call reference and may succeed once the interface state is consistent.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which message carried the unknown call reference.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for recent D-channel or span restarts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the span in a maintenance window if the state stays out of sync.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=81; the problem is in the PRI signalling state.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 101 is a message valid in general but not in this call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 82 concerns a channel rather than a call reference.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:82</name>
    <message>
        <source>Identified channel does not exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call asked for a channel that is not configured on the interface.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request was received to use a channel that is not activated on the interface for a call, for example a timeslot beyond those the user subscribed to. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on PRI gateways when the channel map differs between the two sides, such as a fractional PRI or a wrong E1 or T1 timeslot layout.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN equipment that receives a request for an unknown channel.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry on a valid channel or another span; the same channel will keep failing.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the provisioned channels on the carrier side with the gateway span configuration.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the framing and switch type, and the position of the D-channel.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict the gateway to the channels actually provisioned.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=82.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 44 means the channel exists but is unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 6 means the channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 66 means the channel type is unsupported.</source>
        <comment>related q850:66</comment>
        <extracomment>How q850:66 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:83</name>
    <message>
        <source>A suspended call exists, but this call identity does not</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resume request used a call identity that matches no suspended call.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call resume was attempted with a call identity that differs from those in use for any currently suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISDN network handling suspend and resume.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying with the same identity will fail.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the call identity used in the resume request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the ISDN terminal&apos;s suspend and resume handling.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=83.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 84 is the clash when suspending.</source>
        <comment>related q850:84</comment>
        <extracomment>How q850:84 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended at all.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:84</name>
    <message>
        <source>Call identity in use</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspend request used a call identity already in use.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network received a call suspend request with a call identity already used for a suspended call within the domain of interfaces over which the call might be resumed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISDN network handling suspend requests.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the suspend with a different call identity.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different call identity when suspending.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the terminal&apos;s suspend logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=84.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 83 is the mismatch when resuming.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:85</name>
    <message>
        <source>No call suspended</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resume request arrived but no call is suspended.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network received a call resume request, but the interface has no suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to resume.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the call was actually suspended.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the terminal&apos;s resume logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=85.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 83 means suspended calls exist, but not with this identity.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:86</name>
    <message>
        <source>Call having the requested call identity has been cleared</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspended call was cleared before it could be resumed.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume request cannot be honoured because the call with that identity was cleared while suspended, by network timeout or by the remote user. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original call is gone; only a new call can reach the party.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a new call instead of resuming.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the suspend timer if calls are cleared too early.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=86.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 85 means no call was suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 16 is ordinary call clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:87</name>
    <message>
        <source>User not member of CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed user group check failed because a party is not a member.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called user for the incoming CUG call is not a member of the specified closed user group, or the caller is an ordinary subscriber calling a CUG subscriber. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=87 on enterprise or VPN services built on closed user groups.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network enforcing closed user group membership.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry until membership is fixed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the CUG membership of both parties with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call without the CUG indication if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the user to the CUG if the call should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=87.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls for a member.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:88</name>
    <message>
        <source>Incompatible destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination cannot handle the kind of call requested.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call requested compatibility attributes, such as low or high layer compatibility or a data rate, that the destination cannot accommodate. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen with a 503, or a 488 from some platforms, when a fax or data call reaches a voice-only destination, or an ISDN data call reaches an analogue line.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminating network or device that checks compatibility.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a call type and bearer the destination supports.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bearer capability and compatibility information the gateway sends for this call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a speech or 3.1 kHz audio bearer for voice and fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the destination supports the call type (fax, data, video).</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=88.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH sends 488 for this cause instead.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 65 means the bearer itself is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:9</name>
    <message>
        <source>Preemption - circuit reserved for reuse</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was preempted and the circuit is held for the preempting exchange.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is being cleared because of preemption, and the freed circuit is reserved for reuse by the exchange that preempted it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in a BYE or failure response in MLPP networks, with Reason: Q.850;cause=9, when a higher-precedence call took the circuit.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLPP-capable exchange that preempts a circuit for its own use.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later or over another route; the circuit is reserved for the other call.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the precedence level of the cleared call in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with the network operator that preemption occurred on that route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reroute lower-priority traffic away from heavily used precedence routes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=9; the location shows which exchange preempted the circuit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 8 is plain preemption without reserving the circuit.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 46 blocks a precedence call at set-up.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:90</name>
    <message>
        <source>Non-existent CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specified closed user group does not exist.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed user group identified in the call does not exist. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen only on CUG-based services when the interlock code sent with the call is wrong.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network enforcing closed user groups.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with a valid CUG.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the CUG interlock code configured for the caller.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator for the correct CUG identity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=90.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 87 means the CUG exists but the party is not in it.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 62 is an inconsistency in CUG outgoing access.</source>
        <comment>related q850:62</comment>
        <extracomment>How q850:62 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:91</name>
    <message>
        <source>Invalid transit network selection (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transit network identification in the call is badly formatted.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transit network identification was received in an incorrect format. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when a carrier selection code or transit network field added by the SBC or PBX does not match the national format.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national exchange validating transit network selection.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a correct or no transit network selection.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the carrier selection code or transit network parameter added to the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or correct its format.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=91.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 2 means the selected network is valid but unreachable.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 28 concerns the called number format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A possible SIP rendering; RFC 3398 has no row for cause 91.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:95</name>
    <message>
        <source>Invalid message, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was invalid and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports an invalid message event only when no other cause in the invalid message class applies. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in the Reason header when a gateway cannot build or accept a valid PSTN message from the SIP call, for example malformed SIP-I content.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and exchanges rejecting a malformed message.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only after correcting the malformed content.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the INVITE for malformed numbers, headers or ISUP body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a call that works on the same trunk.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier which message they rejected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=95.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 96 names a missing mandatory element.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 100 names bad element contents.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:96</name>
    <message>
        <source>Mandatory information element is missing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message lacked an information element that must be present.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment received a message missing an information element that must be present before the message can be processed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when the SIP call lacks data the gateway needs for the PSTN message, such as an empty called number or a missing calling number on a trunk that requires one.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and exchanges that require certain elements.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with the missing information supplied.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Request-URI user part and To carry the called number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that From or P-Asserted-Identity provides a calling number if the carrier requires it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review gateway rules that strip headers or digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=96; the diagnostic may name the missing element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 100 means the element is present but invalid.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:97</name>
    <message>
        <source>Message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message of an unknown or unsupported type was received.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment received a message type it does not recognise, because it is not defined or is defined but not implemented. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when the two sides of a PRI or ISUP link run different protocol variants, and a gateway relays the resulting cause in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment receiving an unsupported message.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying will not help until the protocol variants match.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ISDN switch type or ISUP variant on both sides.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align protocol variants and versions.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the trace to see which message was not understood.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=97.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 98 adds the case of a message wrong for the call state.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown information elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:98</name>
    <message>
        <source>Message not compatible with call state or message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was unexpected in the current call state or of an unknown type.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received message is not permissible in the current call state, or a STATUS message indicated an incompatible call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen from PRI gateways when the two sides disagree on the call state, often during fast call tear-down or glare.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN equipment that receives an out-of-sequence message.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh call attempt may succeed; a persistent pattern needs protocol investigation.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the Q.931 trace around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for messages crossing during set-up or release.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=98.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 101 is the plain call-state mismatch.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 97 is the plain unknown message type.</source>
        <comment>related q850:97</comment>
        <extracomment>How q850:97 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 30 marks the status exchange that often reveals the mismatch.</source>
        <comment>related q850:30</comment>
        <extracomment>How q850:30 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>q850:99</name>
    <message>
        <source>Information element/parameter non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message contained an element or parameter the receiver does not recognise.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message included information elements or parameters that are undefined or not implemented by the receiver; they were discarded. The element is not needed to process the message. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually reported in status messages; if a call fails with Reason: Q.850;cause=99, the far side is stricter than expected about an optional element the gateway sends.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment meeting an unknown element.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry without the unrecognised element.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the element named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending that optional element or parameter on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align protocol variants on both sides.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries cause=99.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 103 is the ISUP case where the parameter is passed on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 110 means the whole message was discarded.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 100 means the element is known but badly coded.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:100</name>
    <message>
        <source>Trying</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop-by-hop acknowledgement that the next hop received the INVITE and is working on it.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 Trying tells the previous hop that the request arrived and is being processed, so it can stop retransmitting. It says nothing about the callee, because it comes from whichever element received the INVITE rather than from the far end. Unlike the other provisional responses it never creates an early dialog, and RFC 3261 discourages sending provisional responses to non-INVITE requests at all.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It normally arrives within milliseconds of sending an INVITE to a proxy, SBC or PBX, since the INVITE server transaction must send it when its TU will not answer within 200 ms. Over UDP, receiving it stops INVITE retransmissions (Timer A) and moves the client transaction out of the Calling state, so Timer B no longer applies. A trace with 100 Trying followed by a long silence means the problem lies beyond the element that sent it.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any element that accepts an INVITE can send it: stateful proxies, SBCs, PBXs and gateways answer with it at once, and user agents may too. Each hop generates its own 100 instead of relaying the one it received.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; 100 is informational and only stops INVITE retransmissions on unreliable transports. Proxies absorb it and never forward it upstream, so a 100 in your trace always comes from the adjacent hop.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the 100 as proof that the first hop is alive, and if the call stalls afterwards follow the INVITE to the next hop in the trace.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no 100 arrives and the INVITE keeps being retransmitted, check reachability of the first hop first: IP address, port, transport, firewall rules and NAT pinholes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your own proxy or SBC is slow to send 100, look at CPU load and at DNS or database lookups done before it responds, because a UDP caller keeps retransmitting the INVITE at 0.5, 1, 2 and 4 second intervals until it sees one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top Via branch in the 100 shows which hop produced it, which tells you how far the INVITE got.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the INVITE carried Timestamp, the 100 echoes it so the client can estimate the round-trip time.</source>
        <comment>header Timestamp</comment>
        <extracomment>Why to inspect the Timestamp header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response that actually comes from the called side and creates an early dialog.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress from the far side, usually with early media, rather than a hop-by-hop receipt.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller reports locally when not even a 100 arrives before Timer B fires.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:180</name>
    <message>
        <source>Ringing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called user agent received the INVITE and is alerting the user.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180 Ringing means the destination user agent has the INVITE and is alerting, for example by ringing the handset. It carries a To tag and so creates an early dialog; when a proxy forks the call, several 180s with different To tags can arrive. It may carry SDP, in which case many callers play the received early media instead of generating local ringback.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It arrives shortly after the INVITE reaches a registered phone, or when a PSTN gateway receives ISUP ACM or ISDN ALERTING. It is often sent reliably with Require: 100rel and an RSeq header, and must then be acknowledged with PRACK. A common complaint is silent ringing, where the callee sends 180 without SDP but the caller expects early media, or a B2BUA strips the SDP.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called user agent (phone, softphone, PBX extension) sends it, or a gateway does so when the PSTN side reports alerting. Proxies forward it but do not create it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; wait for a final response. A forking proxy keeps all branches alive, and how long ringing lasts is decided by the caller&apos;s no-answer timer, a CANCEL, or proxy timers such as Timer C.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller hears nothing while the callee rings, check whether the 180 has SDP and whether the caller generates local ringback when it does not.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the 180 carries SDP, confirm the c= address and m= port are reachable and that the SBC opens the media path before answer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the 180 uses Require: 100rel, verify the caller sends PRACK and gets a 200 for it; a missing PRACK makes the callee retransmit the 180 and can fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On forked calls, match each 180 to its To tag to know which device is ringing.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote target of the early dialog; PRACK and UPDATE are sent here.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present when the 180 is sent reliably; the caller must answer it with PRACK.</source>
        <comment>header RSeq</comment>
        <extracomment>Why to inspect the RSeq header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of application/sdp means the 180 carries a session description for early media.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress with early media such as announcements or network ringback, rather than alerting.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee answered; the early dialog becomes a confirmed dialog.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the caller that one of the early dialogs created by a 180 has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:181</name>
    <message>
        <source>Call Is Being Forwarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server tells the caller that the call is being diverted to another destination.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>181 is optional feedback that the call is being forwarded, for example because of call forwarding on busy, on no answer or unconditional. It does not change call state and the caller does not need to act on it. Like other provisional responses above 100, it creates an early dialog when it carries a To tag.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows up on calls to PBXs and hosted voice platforms where the called extension has forwarding enabled, often together with History-Info or Diversion headers naming the original target. PSTN gateways may generate it when the ISUP side reports that the call was diverted. Some phones display a forwarding notice, while most simply ignore it.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy, PBX or application server that applies a forwarding rule sends it, or a gateway relaying a diversion indication from the PSTN.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; keep waiting for the final response from the forwarded target.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fix is needed for the 181 itself; use it to confirm where forwarding took place.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the call ends up at an unexpected destination, read the History-Info or Diversion headers and check the forwarding rules of the subscriber they name.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If forwarded calls are rejected by a carrier, check whether the carrier requires Diversion or History-Info to accept a caller ID that is not one of your numbers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records each retargeting step and its reason (RFC 7044), showing who forwarded the call.</source>
        <comment>header History-Info</comment>
        <extracomment>Why to inspect the History-Info header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older header from the historic RFC 5806, still common on SIP trunks, that names the forwarding party and reason.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the caller to perform the forwarding itself instead of the server doing it.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerting at the final destination, which often follows a 181.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another informational status, meaning the call is held in a queue.</source>
        <comment>related 182</comment>
        <extracomment>How 182 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:182</name>
    <message>
        <source>Queued</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee is temporarily unavailable and the server has placed the call in a queue.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>182 Queued says the called party cannot take the call right now, but the server has queued it instead of rejecting it. The reason phrase may carry details such as the queue position or the expected wait, and a server may send several 182s as the queue moves. It is provisional and does not end the transaction.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact centre platforms, ACD queues and PBXs with camp-on features can send it while the caller waits. In practice most queue systems answer with 200 and play music or announcements instead, so a genuine 182 is uncommon in traces.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS or queueing application, such as an ACD or contact centre platform, sends it while it holds the call until an agent or the callee is free.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Proxies in the path should allow a long pre-answer phase (Timer C is longer than 3 minutes) so queued calls are not timed out.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the caller&apos;s device tolerates a long provisional phase, since an INVITE transaction may stay in the Proceeding state for minutes.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check proxy Timer C and any no-answer timers on SBCs so queued calls are not cut off with 408 or CANCEL while they wait.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller should hear announcements before answer, send 183 with early media SDP, because a 182 without SDP gives the caller nothing to hear.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee is being alerted now rather than waiting in a queue.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress with early media, the usual way to play queue announcements before answer.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee is busy and the server rejects the call instead of queuing it.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:183</name>
    <message>
        <source>Session Progress</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call setup progress, usually carrying SDP so the caller can hear early media.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>183 Session Progress reports call setup progress that the other provisional codes do not cover. In practice it almost always carries SDP so that early media, such as network ringback, announcements or IVR prompts, can flow before the call is answered. Like 180 it carries a To tag and creates an early dialog.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls towards the PSTN are the typical source: a gateway or carrier trunk sends 183 when ISUP ACM or CPG indicate in-band information. It is often sent reliably with Require: 100rel and RSeq, and in IMS networks P-Early-Media may accompany it to authorize the media. Missing or one-way early audio, unheard recorded announcements and &apos;no ringback&apos; complaints usually trace back to how the 183 SDP was handled.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly PSTN gateways, carrier SBCs, PBXs and media servers that want to play tones or announcements before answer. Desk phones rarely send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Announcements carried in a 183 often precede a failure such as 404 or 486, so read the final response to learn the outcome.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the 183 contains SDP and that its c= address and m= port are reachable from the caller, especially through NAT and SBCs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller, or its SBC, actually opens and plays early media; some devices ignore it unless configured to do so.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the 183 requires 100rel, confirm the caller supports it and sends PRACK, otherwise the UAS retransmits and may fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the SDP in the 183 with the SDP in the 200 OK; a gateway that changes codec or address between them often makes audio drop at answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of application/sdp marks an early media description; without a body there is nothing to play.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require: 100rel together with RSeq means the caller must send PRACK for this 183.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in IMS and by some carriers (RFC 5009) to state whether early media is authorized and in which direction.</source>
        <comment>header P-Early-Media</comment>
        <extracomment>Why to inspect the P-Early-Media header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerting indication; it may also carry SDP but does not imply in-band progress information.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the caller that an early dialog, possibly one carrying early media, has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the callee returns when it cannot accept the offered SDP at all.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:199</name>
    <message>
        <source>Early Dialog Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An early dialog created by an earlier provisional response ended before the final response.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>199 lets a UAS or a forking proxy tell upstream elements that one early dialog is finished while the INVITE transaction is still open. Its To tag identifies which early dialog ended, so the caller can stop rendering media for it and release resources tied to it. It may only be sent when the caller announced support by listing the 199 option-tag in Supported.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears on forked calls, such as parallel ringing or several registered devices for one user, where branches answered with 180 or 183 and one branch then rejects with 486 or 603 while the others keep ringing. The forking proxy cannot forward that final response yet, so it sends 199 upstream instead. Gateways and SBCs use it to stop playing early media from the branch that died.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forking proxy sends it when a branch ends with a non-2xx final response that it is not forwarding yet; a UAS may send it when it ends one of its own early dialogs.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; the INVITE transaction continues on the remaining branches. Wait for the final response that the proxy eventually forwards.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the INVITE lists 199 in Supported if you expect the network to send it; otherwise proxies and UAS must stay silent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the To tag of the 199 with the earlier 180 or 183 to see which branch ended.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If early media from a rejected branch keeps playing, confirm that the caller or its SBC acts on 199 and stops that media stream.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not expect an SDP answer in a 199; look at the Reason header, if present, for why the branch ended.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s INVITE must carry the 199 option-tag before anyone may send a 199.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag identifies the early dialog that was terminated.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May carry the SIP response code that ended the branch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the kind of early dialog, with early media, that a 199 later closes.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical branch rejection that makes a forking proxy send 199 while other branches keep ringing.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final response ending the whole INVITE transaction rather than one branch.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:200</name>
    <message>
        <source>OK</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded; for INVITE the call is answered and must be confirmed with ACK.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 OK is the generic success response, and what it means depends on the method. For INVITE the callee answered: the 200 normally carries the SDP answer, or an offer if the INVITE had none, and it establishes the dialog. For REGISTER it confirms the bindings and lists every current Contact with its expiry, while for BYE, CANCEL, OPTIONS and other methods it simply confirms the request.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it at call answer, in reply to REGISTER refreshes, to OPTIONS keepalives from SBCs and trunks, and when calls are closed with BYE. The classic 200-related failure is a call that drops after about 32 seconds: the UAS keeps retransmitting the 200 because the ACK never arrives, often due to a wrong Contact or Record-Route, NAT, or a private IP in the 200. Another is one-way audio after answer caused by an unreachable c= address in the SDP of the 200.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UAS that handled the request sends it: the answering phone or gateway for INVITE, the registrar for REGISTER. Proxies forward the 200 to INVITE unchanged and answer CANCEL hop by hop with a 200 of their own.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry. A forking proxy forwards every 200 it receives for an INVITE, so a caller may get more than one and must ACK each of them, then usually sends BYE on the dialogs it does not want.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For INVITE, confirm an ACK follows every 200 and reaches the UAS; if the 200 is retransmitted, trace where the ACK goes using the Contact and Record-Route of the 200.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Contact and SDP addresses in the 200 for private or wrong IPs, and fix NAT handling on the SBC, the router ALG or the phone&apos;s public address settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For REGISTER, read the expires values returned for each Contact; the registrar may grant a shorter interval than requested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If calls drop at 32 seconds, treat it as a lost ACK problem rather than a media problem.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For INVITE this is the remote target for ACK and later requests; for REGISTER it lists the active bindings with their expiry.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defines the route set that ACK, re-INVITE and BYE must follow.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of application/sdp in a 200 to INVITE carries the media answer, or the offer if the INVITE had no SDP.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older stacks answer REFER and SUBSCRIBE with it where 200 is now expected.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a success for SUBSCRIBE, but announces that no NOTIFY will follow.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical answer to BYE or re-INVITE when the dialog was never confirmed because the ACK for the 200 was lost.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:202</name>
    <message>
        <source>Accepted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request accepted but not yet acted upon; once used for SUBSCRIBE and REFER, now deprecated.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>202 Accepted says the request was accepted for processing and that the outcome will be reported later. RFC 3265 used it for subscriptions that were accepted but not yet authorized, and RFC 3515 made it the normal answer to REFER, whose progress is then reported in NOTIFY requests with sipfrag bodies. RFC 6665 deprecated it because subscription state is reported in NOTIFY anyway, so current stacks send 200 and treat an incoming 202 the same way.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind and attended transfers are the usual place: many phones and PBXs still answer REFER with 202, followed by NOTIFY requests whose message/sipfrag body reads &apos;SIP/2.0 100 Trying&apos; and later the final result. Older presence and BLF servers may also return 202 to SUBSCRIBE while authorization is pending. Seeing it in a trace is normal and not an error in itself.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, PBXs and presence servers that accept a REFER or SUBSCRIBE send it, mostly implementations written to RFC 3265 or RFC 3515 before RFC 6665 appeared.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; the request succeeded. Wait for the NOTIFY the accepting side must send, and treat the subscription as failed if none arrives within Timer N (64*T1).</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced for SUBSCRIBE by RFC 3265 and used for REFER by RFC 3515, it was deprecated by RFC 6665, so compliant elements send 200 and treat a received 202 like 200.</source>
        <comment>statusNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat 202 exactly like 200, and do not fail a transfer or a subscription because the code is 202.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For REFER, follow the NOTIFY requests and their sipfrag bodies to learn whether the transferred call actually succeeded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For SUBSCRIBE, read Subscription-State in the NOTIFY (pending, active or terminated) instead of inferring state from the 202.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a response to SUBSCRIBE it gives the subscription duration the notifier granted.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote target for the subscription dialog, where refreshes and later requests are sent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response RFC 6665 requires in place of 202.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success for a conditional SUBSCRIBE where no NOTIFY will be sent.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects a SUBSCRIBE or REFER because the event package is not supported.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:204</name>
    <message>
        <source>No Notification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conditional SUBSCRIBE succeeded and the state is unchanged, so no NOTIFY will follow.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>204 belongs to the conditional event notification extension of RFC 5839. The subscriber refreshes a subscription with a Suppress-If-Match header holding the entity-tag of the state it already has, and if that state has not changed the notifier answers 204 and skips the NOTIFY. It is only valid in response to a SUBSCRIBE sent within an existing subscription dialog.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears with presence, dialog and registration event subscriptions from clients that support entity-tags, typically on refresh SUBSCRIBEs for presence lists or BLF. It saves traffic for mobile clients and busy presence servers because unchanged state is not sent again. Few desk phones use it.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notifier that supports RFC 5839 entity-tags, such as a presence server or a PBX offering dialog-state subscriptions, sends it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry; the subscription has been refreshed. Refresh it again before it expires, again using Suppress-If-Match if state is only wanted when it changes.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat 204 as a successful refresh and keep the state from the last NOTIFY.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Expires value of the 204 to schedule the next refresh.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the subscriber&apos;s view looks stale after a 204, check that the notifier creates a new entity-tag whenever the state changes; a notifier that reuses tags wrongly suppresses notifications.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in the SUBSCRIBE; holds the entity-tag of the state the subscriber already has.</source>
        <comment>header Suppress-If-Match</comment>
        <extracomment>Why to inspect the Suppress-If-Match header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in NOTIFY requests; the value the subscriber stores and sends back in Suppress-If-Match.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the duration of the refreshed subscription.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain success, after which a NOTIFY with the current state is expected.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated success code for SUBSCRIBE, always followed by a NOTIFY.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity-tag counterpart for PUBLISH, returned when a SIP-If-Match tag is unknown.</source>
        <comment>related 412</comment>
        <extracomment>How 412 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:300</name>
    <message>
        <source>Multiple Choices</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address resolved to several possible targets, listed in Contact, and the caller may pick one.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 says the Request-URI maps to more than one location and leaves the choice to the caller. The alternatives are listed in Contact, possibly ranked with q-values, and a body may describe them for a human user. Unlike 302, the server is offering a choice rather than a single forwarding target.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is rare in production. A redirect server or location service that holds several registrations or numbers for a user, such as an office phone, a mobile and voicemail, may return it to let the caller decide. Many UAs and SBCs simply treat it like 302 and try the Contacts in q-value order.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know several possible locations for the requested user send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry at one or more of the Contact targets, highest q-value first. A proxy that receives it may recurse on the Contacts itself instead of passing the 300 upstream.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the UAC or SBC is configured to follow 3xx responses at all; if not, the call fails here.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the Contact values and q-values, and make sure each target uses a scheme and host the caller can route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller cannot choose interactively, configure the redirect server to send 302 with an ordered Contact list instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the alternative targets, each optionally with a q-value that expresses preference.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the alternatives may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to one or more temporary targets without offering a choice.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to an alternative service described in the body instead of alternative addresses.</source>
        <comment>related 380</comment>
        <extracomment>How 380 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is ambiguous, reported as a failure with optional suggestions rather than as a redirect.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:301</name>
    <message>
        <source>Moved Permanently</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is no longer at the Request-URI; use the address in Contact from now on.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>301 tells the caller that the requested address is permanently obsolete and gives the new one in Contact. The caller should retry there and may update its address book or cached routes so that future requests go straight to the new address. It differs from 302 only in that the move is not temporary.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears after a user or number has been migrated to another domain or platform and the old server redirects permanently. It also comes from misconfigured redirect servers that use 301 where 302 was meant. Most PBXs and SBCs handle 301 and 302 the same way.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know the user has permanently moved to a new address send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry at the Contact address and use it for future requests as well. A proxy may recurse on it on the caller&apos;s behalf.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the caller or SBC follows redirects and that the Contact target is routable in scheme, host, port and transport.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update stored contacts, speed dials or routing tables to the new address so the redirect is no longer needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the redirect is not really permanent, change the redirect server to send 302.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the new permanent address to retry at.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May limit how long the new address should be treated as valid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same redirect mechanism, but the move is only temporary.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is gone and the server knows no new address.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:302</name>
    <message>
        <source>Moved Temporarily</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is temporarily reachable elsewhere; retry at the Contact address or addresses.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>302 redirects the caller to one or more temporary targets listed in Contact. The caller, or a proxy acting for it, retries the request at those targets, while the original URI remains valid for future calls. The Expires header or the expires Contact parameter can say how long the redirect may be reused.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is common for call forwarding implemented by redirect, where the server returns the forward-to number in Contact, often with a Diversion header, and for least-cost routing and number portability engines that return a list of carrier gateways. Problems appear when the UAC or SBC does not follow redirects, drops the Diversion header on the new INVITE, or receives a Contact it cannot route.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect servers, routing and number portability engines, and PBXs or phones that implement call forwarding by redirect send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the same request at the Contact targets in q-value order, moving to the next Contact after a failure. A proxy may recurse on the Contacts itself; watch for loops when a target redirects back to the original address.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the UAC, PBX or SBC is configured to follow 3xx responses, because several platforms ignore them by default and fail the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every Contact is routable from the caller: scheme (sip or tel), host, port and transport parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a routing engine returns several Contacts, verify the caller tries them in q-value order and moves on after each failure.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Diversion or History-Info on the retried INVITE if the far end needs them to accept a forwarded caller ID.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more temporary targets, optionally ranked with q-values.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the redirect may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often added by forwarding servers so the new target knows who forwarded the call.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same mechanism, but the move is permanent.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a server that performs the forwarding itself instead of redirecting.</source>
        <comment>related 181</comment>
        <extracomment>How 181 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers several alternatives for the caller to choose from.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:305</name>
    <message>
        <source>Use Proxy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource must be reached through the proxy given in the Contact header field.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>305 tells the caller that the requested resource can only be reached through the proxy named in Contact, and that the request should be resent through it. RFC 3261 allows only a UAS to send it, never a proxy. Because it asks the client to route through whatever server the response names, it can be abused to divert signaling, so many implementations ignore it or treat it as a failure.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is rarely seen in live networks. It may come from a server that requires traffic to pass through a specific edge proxy or SBC, or from security tests trying to hijack call routing. Some phones and SBCs log it as an unsupported redirect.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a UAS may generate it; a proxy that emits 305 is not following RFC 3261.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the request only through the proxy named in Contact, and only when the sender is trusted. Treat an unauthenticated 305 as a failure rather than following it blindly.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify who sent the 305 and whether that UAS is trusted; act on it only over authenticated, integrity-protected signaling such as TLS to a known peer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the instruction is legitimate, configure the required proxy as the outbound proxy instead of relying on 305 at run time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your UAC ignores 305 and the call fails, agree the required route with the far end.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the URI of the proxy through which the request should be resent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects to a new target rather than to a proxy in front of the same target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent move to a different address.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:380</name>
    <message>
        <source>Alternative Service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed, but alternative services are possible and are described in the response body.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>380 is a redirection class response saying the call could not be completed as requested but an alternative service might work. The alternatives are described in the message body rather than in Contact. RFC 3261 leaves the body format open, so the meaning depends on the deployment.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In IMS networks the P-CSCF or another IMS element returns 380 with a 3GPP XML body of type emergency when a UE dials an emergency number as a normal call; the UE must then retry as an emergency call. Outside IMS it is rare.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS proxies such as the P-CSCF send it, as can any UAS or server that wants to steer the caller to a different service.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only as the alternative service described in the body, for example as an emergency call. Resending the same request will get the same answer.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the body, starting with its Content-Type, to learn which alternative service is offered.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IMS emergency cases, make sure the UE recognizes local emergency numbers and retries with an emergency INVITE, including emergency registration if the body asks for it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside IMS, confirm the UAC understands the body format; if it does not, treat the 380 as a failure and report it to the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the format of the body that describes the alternative, such as the 3GPP IMS XML type.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers alternative addresses in Contact instead of an alternative service.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects to another target for the same service.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:400</name>
    <message>
        <source>Bad Request</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be parsed or is missing mandatory elements.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 means the receiver could not understand the request because its syntax is malformed. The reason phrase often names the exact problem, such as a missing header or invalid SDP, so read it before anything else. It is the catch-all for parsing errors in headers, URIs, Content-Length and bodies.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It typically appears after software upgrades or when a new PBX, SBC or trunk is connected and one side produces headers the other rejects. Common causes are a missing or duplicated mandatory header (To, From, Call-ID, CSeq, Via, Max-Forwards), a Content-Length that does not match the body, unescaped characters in URIs or display names, and malformed SDP. Truncated UDP packets after IP fragmentation can also look like a bad request.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any element that parses the request can send it: proxies and SBCs reject unparsable messages early, while user agents and gateways reject bodies they cannot parse.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not resend the same message; fix the malformed element first. Advancing to another route rarely helps unless only that peer is strict about the construct.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header, since many servers name the offending header there.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the request on the wire rather than in the application log, and check mandatory headers, Content-Length against the real body size, display name quoting and URI escaping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SDP for syntax errors such as missing c= lines, bad rtpmap entries or wrong line endings.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If large INVITEs fail only over UDP, switch to TCP or trim the message to avoid fragmentation.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers add a Warning header with a more specific error text.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value that does not match the actual body size is a frequent cause.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request parsed correctly but requires an extension the server does not support.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is well formed but of a type the server does not handle.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 400 to cause 41, Temporary failure, when interworking with ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:401</name>
    <message>
        <source>Unauthorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UAS or registrar requires authentication; resend with credentials for the given challenge.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401 is a challenge from a user agent server or registrar that wants the request authenticated before acting on it. It carries a WWW-Authenticate header with the realm, nonce and algorithm, and the client answers by resending the request with an Authorization header. Proxies never use 401; they challenge with 407.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is normal on the first REGISTER to a hosted PBX or carrier, and on INVITEs to servers that authenticate calls. It becomes a problem when the client resends with credentials and gets 401 again, which points to a wrong password, a wrong authentication username, an unexpected realm or a mishandled nonce. Streams of 401s to many different users are also the footprint of scanners probing a public registrar.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrars, PBXs and user agent servers that authenticate users with Digest send it. B2BUAs that authenticate calls themselves often use 401 rather than 407.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry once with credentials computed from the challenge. If the retry is rejected again without stale=true, stop, since looping on bad credentials can lock the account or trigger fraud blocking.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the client resends the request with an Authorization header and an incremented CSeq after the first 401.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a second 401 follows, verify the authentication username and password, and that the realm in the challenge matches the client&apos;s configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the challenge has stale=true, the password was right but the nonce expired, so the client should retry with the new nonce without asking the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the algorithm requested (MD5, SHA-256) with what the client supports.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries the Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header WWW-Authenticate</comment>
        <extracomment>Why to inspect the WWW-Authenticate header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Authorization</comment>
        <extracomment>Why to inspect the Authorization header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same challenge mechanism, but issued by a proxy with Proxy-Authenticate.</source>
        <comment>related 407</comment>
        <extracomment>How 407 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal that no credentials can fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 401 to cause 21, Call rejected, when a gateway interworks with ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:402</name>
    <message>
        <source>Payment Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for future use by RFC 3261; some providers use it to signal missing credit.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 reserves 402 and gives it no defined behaviour. In practice a few providers and softswitches return it when a prepaid balance is exhausted or an account is suspended for billing reasons. Because its semantics are not standardized, clients should treat it as a generic 4xx failure.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows up on outbound calls over prepaid SIP trunks or retail VoIP accounts when the credit runs out, sometimes after a 183 announcement. Most carriers signal the same situation with 403 or 603 instead.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing-aware softswitches, B2BUAs and provider edge proxies send it, where they choose to use it at all.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry automatically through the same provider until the account is fixed. An LCR router may send the call over another carrier.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account balance, credit limit or billing status with the provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider&apos;s own explanation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you route over several carriers, decide whether another carrier should take the calls until the billing issue is resolved.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers sometimes explain the billing problem here.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The more common way carriers refuse calls for account reasons.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit decline, also used by some platforms for blocked accounts.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 402 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:403</name>
    <message>
        <source>Forbidden</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server understood the request but refuses it; authenticating again will not help.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 means the request was understood and well formed but policy forbids serving it. Unlike 401 or 407 there is no challenge to answer, so resending with credentials is pointless. The reason phrase or a Warning header often names the rule that fired.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SIP trunks it appears when the source IP is not on the provider&apos;s allow list, when the From or P-Asserted-Identity number is not one of the customer&apos;s numbers, or when the destination (international, premium rate, a specific country) is barred. Registrars send it for disabled accounts, wrong domains or after too many failed authentication attempts, and fraud or scanner protection on SBCs answers 403 to suspicious traffic.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider edge proxies and SBCs enforcing access and caller ID policy send it, as do registrars rejecting accounts and PBXs or gateways enforcing class-of-service rules.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not resend the same request and do not resend credentials. An LCR router may try another carrier when the refusal is carrier specific, but a refusal from your own provider needs a configuration change first.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason phrase and Warning header, since providers often state the rule, such as an invalid caller ID or a blocked destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the trunk&apos;s source IP, the domain in the Request-URI, and that the caller ID in From or P-Asserted-Identity is allowed for the account.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check destination barring, concurrent call limits and fraud rules on the provider and SBC side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For REGISTER, confirm the account is enabled and the client is not locked out after repeated wrong passwords.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May carry the provider&apos;s explanation of which policy refused the request.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge that valid credentials can satisfy.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee, rather than the network, declined the call.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 403 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:404</name>
    <message>
        <source>Not Found</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user in the Request-URI does not exist in the domain the server is responsible for.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404 means the server is authoritative for the domain in the Request-URI but found no such user, or the domain itself is not one it serves. For telephone numbers it corresponds to an unallocated or unrouted number. It only speaks for this server&apos;s domain, so another domain or carrier may still know the user.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is typical for calls to DIDs that are not provisioned on the trunk or not mapped to an extension, and for numbers sent in a format the receiver does not expect (E.164 with a plus sign, national format, or an unexpected prefix). It also follows server migrations that leave a wrong domain in the Request-URI. Some PBXs return 404 for known users that are merely unregistered, where 480 would be more accurate.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the domain sends it after a failed location lookup, as do PBXs, gateways and carrier switches that have no route for the number.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry the same URI at the same server; fix the number or the mapping first. Some LCR setups treat a 404 from a carrier as a routing gap and try the next carrier, which is reasonable only on carrier trunks.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the user part of the Request-URI with the number format the far end expects: E.164, national, with or without a plus sign.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the inbound DID mapping or dial plan on the receiving PBX or carrier for that exact number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that the host part of the Request-URI is a domain the server treats as local.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the user exists but is offline, check whether the server answers 404 for unregistered users and change it to 480 if possible.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely present, but RFC 3261 allows it when the user may become available later.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers explain here which lookup failed.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user existed once but is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number looks incomplete rather than nonexistent.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global version stating the user does not exist anywhere.</source>
        <comment>related 604</comment>
        <extracomment>How 604 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 404 to cause 1, Unallocated number, towards ISUP.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:405</name>
    <message>
        <source>Method Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method is understood but not allowed for this Request-URI; the Allow header lists what is.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>405 says the server recognizes the method but does not permit it for the addressed resource. The response must include an Allow header listing the methods that are accepted. That distinguishes it from 501, which means the server does not implement the method at all.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows up when MESSAGE, SUBSCRIBE, PUBLISH, INFO, UPDATE or REFER reach a device or trunk that does not accept them, for example BLF subscriptions sent to a carrier, or REGISTER sent to a trunk that only accepts INVITE. Some platforms also answer OPTIONS keepalives with 405, which still proves the peer is alive.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agents, PBXs, gateways and servers that know the method in general but do not allow it for the specific target or configuration send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not resend the same method; use one that appears in Allow or enable the feature on the peer.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Allow header and compare it with the method you sent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the feature on the peer, such as SUBSCRIBE for BLF or INFO for DTMF, or switch to a supported alternative such as RFC 4733 telephone-events instead of INFO.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If REGISTER is refused, check whether the trunk uses IP authentication and does not expect registration at all.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For OPTIONS health checks, configure the SBC to count any response, including 405, as the peer being up.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory in a 405; lists the methods the resource accepts.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method is not implemented at all, rather than not allowed for this target.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBSCRIBE or PUBLISH is allowed, but the requested event package is not.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 to cause 63, Service or option not available, towards ISUP.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:406</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot produce a response in any format allowed by the request&apos;s Accept headers.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>406 means the resource can only generate content whose type, encoding or language is excluded by the Accept, Accept-Encoding or Accept-Language headers of the request. It concerns the body of the response, not the session description, since SDP negotiation failures use 488 or 606. It is uncommon for INVITE and shows up mostly with event and messaging methods.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical case is a SUBSCRIBE whose Accept header lists only a body format the notifier cannot produce, such as an old client asking only for application/xpidf+xml from a server that only generates application/pidf+xml. It can also happen when a client demands an Accept-Language the server cannot honour.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS or notifier that cannot render its answer in any of the acceptable formats sends it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only after widening the Accept headers or choosing a different event package or body format.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Accept, Accept-Encoding and Accept-Language headers of the request with what the server can produce.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the body types the server supports to Accept, for example application/pidf+xml for presence.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the mismatch is in an event package, confirm both sides use the same package and body format.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the request; shows the body types the client said it can handle.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the request; an encoding the server cannot produce can also trigger 406.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the request; a language requirement the server cannot meet can also trigger 406.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns the format of the request body rather than the response.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session description offered in an INVITE is not acceptable.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global refusal of the session parameters, not of a response format.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 406 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:407</name>
    <message>
        <source>Proxy Authentication Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy requires authentication; resend with Proxy-Authorization for the given challenge.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>407 is the proxy counterpart of 401: a proxy in the path wants the originator to authenticate before it forwards the request. It carries a Proxy-Authenticate header with the realm and nonce, and the client resends the request with a matching Proxy-Authorization header. Several proxies may challenge the same request, each with its own realm.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is typical for outbound INVITEs to a carrier or hosted PBX that authenticates every call: the caller ACKs the 407 and immediately sends a new INVITE with credentials. It becomes a problem when 407s repeat because of wrong credentials or a realm mismatch, or when a device only handles 401 challenges.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating proxies send it: provider edge proxies, outbound proxies and softswitches acting as proxies.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry once with Proxy-Authorization built from the challenge. If the same credentials are challenged again without stale=true, stop and fix the credentials instead of looping.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the client ACKs the 407 and resends the INVITE with Proxy-Authorization, the same Call-ID and From tag, and a higher CSeq.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a second 407 arrives, check the authentication username, password and realm against the challenge.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that stale=true is handled by retrying with the new nonce rather than failing the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SIP trunks, confirm whether the provider expects digest or IP authentication, since mixing them produces challenges the PBX cannot answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries the proxy&apos;s Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header Proxy-Authenticate</comment>
        <extracomment>Why to inspect the Proxy-Authenticate header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Proxy-Authorization</comment>
        <extracomment>Why to inspect the Proxy-Authorization header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same mechanism, but the challenge comes from the UAS or registrar.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal that credentials cannot fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 407 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:408</name>
    <message>
        <source>Request Timeout</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final response arrived in time; often generated locally when Timer B or Timer F expires.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>408 means the request could not be completed within the available time. A server may send it when, for example, it could not locate the user quickly enough, but most 408s in traces are synthetic: the client transaction reports a timeout as 408 when Timer B (INVITE) or Timer F (non-INVITE) fires, by default after 64*T1, about 32 seconds. Proxies also return it upstream when their own Timer C or no-answer timer gives up on a branch.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It points to an unreachable next hop: a wrong IP or port, a firewall or ACL silently dropping UDP, a dead DNS SRV target, or an expired NAT binding towards a registered phone. Calls that ring too long through a proxy with a short no-answer timer, such as Kamailio&apos;s fr_inv_timer, also end in 408. For REGISTER and OPTIONS it usually means the server never answered.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly the client transaction itself when Timer B or Timer F expires; also proxies and B2BUAs that stop waiting on a downstream branch, and occasionally a UAS that could not finish its lookup in time.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request may be repeated later, but after a transport timeout a UAC or proxy should first fail over to the next DNS SRV target or route. Do not keep hammering a dead next hop.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determine whether the 408 came over the wire or was generated locally; if no matching response packet exists in the capture, the caller&apos;s own timer fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For local timeouts, check the path to the next hop: routing, firewall and ACLs, NAT bindings, transport (UDP, TCP or TLS) and the DNS SRV results.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a proxy sent it after ringing, review its no-answer timers and whether the callee ever sent a final response.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for large UDP messages being fragmented and dropped, which make only some requests time out.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the element that built a 408 received over the wire; a locally generated 408 usually never appears in a packet capture.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server reports that it timed out waiting on another server.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee was found but is not available, rather than nothing answering in time.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What RFC 3261 tells a client to assume after a transport error rather than a timeout.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 408 to cause 102, Recovery on timer expiry, towards ISUP.</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:410</name>
    <message>
        <source>Gone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user used to exist here but is permanently gone and no forwarding address is known.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>410 says the requested resource existed at this server in the past but is no longer available, and the server has no new address for it. Unlike 404 it confirms that the address was once valid, and unlike 301 it gives the caller nowhere to go. If the server cannot tell whether the condition is permanent, 404 is the correct code.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is seen on calls to disconnected or ported-out numbers on carrier networks and to users deleted from a hosted platform. PSTN gateways map ISUP cause 22, Number changed, to 410.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier switches, gateways and hosted platforms that know a number or account was disconnected send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry this address, because it is permanently invalid at this server. An LCR router may try another carrier only if the portability data might be out of date.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the destination number or SIP address with the called party or a directory, since it is no longer in service at this provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the number was ported, check number portability data so calls route to the new carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stale entry from address books, speed dials and routing tables.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is unknown, with no statement that it ever existed.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user moved and the new address is given in Contact.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 410 to cause 22, Number changed, towards ISUP.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:411</name>
    <message>
        <source>Length Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete RFC 2543 code: the server refused a request that had no defined Content-Length.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under RFC 2543 a server could answer 411 when it would not accept a request without a Content-Length header. RFC 3261 dropped the code, made Content-Length mandatory on stream transports such as TCP and TLS, and treats a request with broken framing as malformed instead. A current stack should never send 411.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can only come from very old RFC 2543 era equipment, such as early IP phones and gateways still in service. A current server facing the same problem typically answers 400 Bad Request instead.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy RFC 2543 servers and user agents that insisted on an explicit body length sent it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the request with a valid Content-Length. A modern client that does not know 411 treats it like 400, as it does for any unknown 4xx code.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 2543 and dropped by RFC 3261, which does not list it, so it is absent from the IANA SIP response code registry.</source>
        <comment>statusNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a correct Content-Length header to every request, including Content-Length: 0 when there is no body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the value still matches the body size in bytes after an SBC or ALG rewrites the SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to replace the legacy device that sends 411, since current peers do not know the code.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or wrong in the request that was refused.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modern response to a request with broken framing or a bad Content-Length.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is present and delimited, but too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:412</name>
    <message>
        <source>Conditional Request Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PUBLISH refresh carried a SIP-If-Match entity-tag the server no longer knows.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>412 is returned by an event state compositor when the entity-tag in the SIP-If-Match header of a PUBLISH does not match any publication it holds. The publication the tag referred to has expired, been removed, or was never stored. The publisher must discard the tag and start over with an initial PUBLISH that carries full state and no SIP-If-Match.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears with presence and dialog-state publishing from softphones and mobile clients after a presence server restart, a failover to a node without replicated state, or a refresh that arrived after the publication had already expired, for example after the client was asleep. A loop of PUBLISH followed by 412 points to a client that keeps reusing the stale tag.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event state compositor sends it, usually a presence server or the presence module of a SIP server processing PUBLISH.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not repeat the conditional PUBLISH. Send a fresh initial PUBLISH without SIP-If-Match, then use the new SIP-ETag for later refreshes.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the client drop the stored entity-tag and send an initial PUBLISH with a full body and no SIP-If-Match.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the publication Expires values and refresh timing so refreshes arrive before the publication lapses.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On clustered presence servers, confirm publication state is shared, or that clients stay on the node holding their publication.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the PUBLISH; the entity-tag the server failed to match.</source>
        <comment>header SIP-If-Match</comment>
        <extracomment>Why to inspect the SIP-If-Match header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned in the 2xx to a successful PUBLISH; the value to use in the next refresh.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets how long a publication lives before its entity-tag becomes invalid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity-tag based suppression on the SUBSCRIBE side rather than a PUBLISH failure.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested publication Expires is shorter than the server accepts.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event package named in the PUBLISH is not supported at all.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:413</name>
    <message>
        <source>Request Entity Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than the server is willing or able to process.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>413 says the message body is too big for the server. The server may close the connection to stop the client from sending more. If the limit is temporary, the response can include Retry-After to say when the client may try again.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is seen with INVITEs carrying very large SDP, for example video endpoints offering many codecs, ICE candidates and crypto lines, or multipart bodies combining SDP with ISUP or location objects. MESSAGE requests carrying files or long texts and SUBSCRIBE or NOTIFY requests with large resource lists can trigger it too.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers, SBCs and gateways with a body size limit send it, including PSTN gateways with small fixed buffers.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend with a smaller body. Repeat the same request unchanged only if Retry-After is present, and only after that delay.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the body size against the receiver&apos;s configured maximum message or body size.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, redundant ICE candidates or extra media lines, or have the SBC strip unneeded multipart parts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For large payloads such as files, send a reference or use a separate transfer method such as MSRP or HTTP instead of the SIP body.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Retry-After is present, wait that long before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present when the condition is temporary; says how many seconds to wait before trying again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the request; shows how large the rejected body was.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole message, not just the body, exceeds what the server accepts.</source>
        <comment>related 513</comment>
        <extracomment>How 513 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI, rather than the body, is too long.</source>
        <comment>related 414</comment>
        <extracomment>How 414 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 413 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:414</name>
    <message>
        <source>Request-URI Too Long</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI is longer than the server is willing to interpret.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>414 means the server refuses to process the request because its Request-URI is too long. The limit is implementation specific and usually covers the whole URI, including parameters and any headers embedded after a question mark.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears when Request-URIs collect parameters as they pass through several proxies or application servers, for example routing tags, long tokens or push notification parameters added for mobile clients. Click-to-dial and web integrations that embed headers in the URI can also produce it.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server, proxy or gateway whose parser enforces a maximum Request-URI size can send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend only with a shorter Request-URI, because the same request will keep failing.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the Request-URI length in the trace and compare it with the receiver&apos;s limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unnecessary URI parameters or embedded headers, or carry that data in proper header fields instead.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for loops or misbehaving proxies that append parameters at every hop.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body, rather than the Request-URI, is too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic syntax failure, which some servers return for overlong URIs instead.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 414 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:415</name>
    <message>
        <source>Unsupported Media Type</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body&apos;s format, encoding or language is not supported for this method.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>415 says the server cannot handle the body of the request because of its content type, content encoding or language. The response lists what is acceptable in Accept, Accept-Encoding or Accept-Language, depending on which aspect failed. It concerns the request body, unlike 406, which concerns the body of the response.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical cases are INVITEs with multipart/mixed bodies (SDP plus ISUP or a location object) sent to devices that accept only application/sdp, and INFO requests using application/dtmf-relay towards a device that expects application/dtmf, or the reverse. It also appears for MESSAGE bodies in types such as text/html that the client cannot render, and for compressed bodies sent to peers without compression support.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agents, gateways and B2BUAs that parse the body and do not support its type or encoding send it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a body in one of the formats listed in Accept, or without the unsupported encoding.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Accept, Accept-Encoding and Accept-Language in the 415 to see what the server will take.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the body type on the sender, or have the SBC strip unsupported multipart parts and keep only application/sdp.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For DTMF over INFO, align the body format on both sides or switch to RFC 4733 telephone-events.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Content-Encoding if the peer cannot decompress the body.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the body types the server accepts for this method.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present when the content encoding was the problem; lists encodings the server understands.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present when the language was the problem; lists languages the server accepts.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the request; the body type that was refused.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem is the format of the response, not of the request body.</source>
        <comment>related 406</comment>
        <extracomment>How 406 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body type is fine, but the session description inside it cannot be accepted.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 415 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:416</name>
    <message>
        <source>Unsupported URI Scheme</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme of the Request-URI (tel:, im:, http: and so on) is one this server cannot handle.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving element looked at the scheme in front of the colon in the Request-URI and does not support it. Every SIP element has to understand sip: URIs, but support for tel:, urn:, im:, pres: or anything more exotic is optional. The URI is not malformed as such; it simply names a kind of address this server will not process.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A softphone or dialer sends INVITE tel:+15551234567 straight to a proxy or SBC that only routes sip: URIs. A click-to-dial, CRM or paging integration builds the Request-URI from a template and ends up with callto:, http: or a bare number with a stray prefix that parses as a scheme. It also shows up when an application server passes through a URN or IM URI that the next hop was never configured for.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any UAS or proxy that parses the Request-URI and finds a scheme it has no handler for; SBCs and hosted PBXs that only accept sip: are the usual source.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the same URI again to the same server will fail the same way. Retry only after rewriting the Request-URI into a scheme the server supports, or route the request to an element that handles that scheme.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Request-URI of the rejected request and note the scheme before the colon.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise tel: numbers on the sending side into sip:+number@domain;user=phone if the next hop only takes SIP URIs.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the template or dial plan in the application that builds the URI.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the receiver should accept tel: or other schemes, enable that URI handling on the proxy or SBC.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 400 means the request could not be parsed at all; 416 means it parsed fine but the URI scheme is not supported.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 says the address is valid but no such user exists; 416 never gets as far as looking the user up.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 gateways map 416 to cause 127, interworking unspecified, when it has to cross into ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:417</name>
    <message>
        <source>Unknown Resource-Priority</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource priority was required, but the Resource-Priority namespace or value is not one this element knows.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried Require: resource-priority, so the recipient had to act on the Resource-Priority header, yet it did not recognise the namespace or the priority value given. Resource priority is used for preferential treatment of emergency and government calls (namespaces such as ets, wps, dsn, drsn or q735). The response lists what the element does understand in an Accept-Resource-Priority header.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority calls from GETS/WPS or defence networks cross into a carrier, SBC or gateway that has not been provisioned with the same namespace. Cisco IOS gateways configured for strict resource-priority mode reject unknown namespaces or values this way instead of ignoring them. It also appears after a namespace typo or a priority value outside the range the peer configured.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that enforce resource priority and were told by the Require header that they must understand it.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a namespace and value taken from Accept-Resource-Priority, or without Require: resource-priority. Repeating the identical request will be refused again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the 417 to see which namespaces and priority values the peer accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the Resource-Priority header sent and align the namespace and value on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the call can go through without preferential handling, stop sending Require: resource-priority so unknown values are simply ignored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the receiving gateway, switch to loose mode or add the namespace if it should be honoured.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the namespaces and values the rejecting element supports; build the retry from it.</source>
        <comment>header Accept-Resource-Priority</comment>
        <extracomment>Why to inspect the Accept-Resource-Priority header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace.value pair that was not recognised.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows resource-priority was made mandatory; without it the element would have ignored the header.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 means the resource-priority option tag itself is unknown; 417 means the extension is supported but the specific value is not.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 421 asks the client to use an extension; 417 rejects the values used in one.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request whose priority is known but not authorised for this user is refused with 403 instead.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:420</name>
    <message>
        <source>Bad Extension</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option tag in Require or Proxy-Require is not supported; the Unsupported header names it.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client insisted on a SIP extension by listing its option tag in Require (for the UAS) or Proxy-Require (for proxies), and the recipient does not implement it. The response has to carry an Unsupported header that lists each tag it could not honour. Tags that are merely advertised in Supported never cause a 420.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC sends Require: 100rel to a gateway or PBX without PRACK support. A device requires timer, replaces or precondition toward a legacy endpoint, for example during an attended transfer with an INVITE carrying Replaces. An IMS client sends Proxy-Require: sec-agree through a proxy that is not an IMS P-CSCF.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS that does not implement an extension listed in Require, or a proxy that does not implement one listed in Proxy-Require.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC may retry at once after dropping the listed tags from Require or Proxy-Require, falling back to behaviour that does not need the extension. Resending unchanged will give the same 420.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Unsupported header to see exactly which option tag was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move that tag from Require or Proxy-Require to Supported, so the feature is offered rather than demanded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SBCs and PBXs, set reliable provisional responses (100rel) or session timers to supported or optional instead of required toward this peer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the feature is mandatory for the service, enable it on the far end or route to a device that implements it.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the option tags the recipient did not understand.</source>
        <comment>header Unsupported</comment>
        <extracomment>Why to inspect the Unsupported header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags the UAS was required to support; remove or relax the one listed in Unsupported.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags every proxy had to support; a 420 from a proxy points here.</source>
        <comment>header Proxy-Require</comment>
        <extracomment>Why to inspect the Proxy-Require header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 421 is the reverse case: the server needs an extension the client did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 417 is used when resource-priority is understood but its values are not.</source>
        <comment>related 417</comment>
        <extracomment>How 417 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 gateways signal cause 127, interworking unspecified, for 420 toward ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:421</name>
    <message>
        <source>Extension Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs an extension the request did not list in Supported; the Require header says which.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UAS will only process the request if the client uses a particular SIP extension, and the client did not advertise it in Supported. The response carries a Require header naming the needed option tags. Servers are expected to use this sparingly, because it locks out clients that cannot implement the extension.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or media server that only gives early media with reliable provisional responses demands 100rel. An IMS core requires precondition or sec-agree and the device did not offer it. A UAS or SBC that insists on session timers rejects INVITEs lacking Supported: timer.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS, or a B2BUA acting as one, whose local policy makes an extension mandatory for this kind of request.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with the listed extension enabled and its tag in Supported. If the client cannot implement it, the call fails at this server and a router should try another destination.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Require header of the 421 to see which option tags are needed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable that extension on the UAC and make sure it is advertised in Supported on the retried request.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no B2BUA or SBC on the path strips Supported or its tags.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the client cannot support it, change the server policy so the extension is optional for this peer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the option tags the server insists on.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the original request advertised and whether a middlebox removed tags.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 is the opposite direction: the client demanded an extension the server lacks.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 494 is the specific answer when the missing piece is the sec-agree security negotiation.</source>
        <comment>related 494</comment>
        <extracomment>How 494 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 422 is sent when session timers are in use but the proposed interval is too short.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:422</name>
    <message>
        <source>Session Interval Too Small</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session-Expires is below this element&apos;s minimum; the Min-SE header gives the smallest value accepted.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under RFC 4028 session timers, the request proposed a Session-Expires interval shorter than the recipient is willing to handle. The response carries Min-SE with the minimum that element accepts, and RFC 4028 never allows anything below 90 seconds. It applies to the initial INVITE and to session refreshes sent as re-INVITE or UPDATE.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone or PBX sends Session-Expires: 60 or some other value under 90 seconds. An SBC or carrier with Min-SE set to 1800 receives an INVITE proposing 600 or 900 seconds. Proxies on the path can also return it, so the Min-SE may belong to a middle hop and not to the called party.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS, proxy or SBC that supports session timers and has a minimum session interval larger than the one proposed.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry immediately with Session-Expires raised to at least the Min-SE value, also adding a Min-SE header. If a 422 arrives for a refresh of an established call, the old session keeps running while the refresh is redone.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Min-SE in the 422 and check which hop sent it from the top Via and Server headers.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the client retried automatically with a Session-Expires at least as large as Min-SE and carried a Min-SE header; most stacks do this.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the session timer interval on the originating device, PBX or SBC so it meets the peer&apos;s minimum.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a common session refresh interval across the trunk to avoid a 422 round-trip on every call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest session interval the rejecting element accepts; the retry must be at least this.</source>
        <comment>header Min-SE</comment>
        <extracomment>Why to inspect the Min-SE header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval that was proposed and refused.</source>
        <comment>header Session-Expires</comment>
        <extracomment>Why to inspect the Session-Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should contain timer on the retry so the peers can negotiate a refresher.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 423 does the same job for REGISTER and SUBSCRIBE Expires values, using Min-Expires.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 421 with Require: timer means session timers are mandatory but were not offered at all.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 appears if timer was required but the peer does not implement session timers.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:423</name>
    <message>
        <source>Interval Too Brief</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested Expires is shorter than the server allows; the Min-Expires header gives the minimum.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to create or refresh a registration (or another soft-state resource) because the expiration interval asked for is too short for its policy. RFC 3261 defines it for REGISTER, and the event notification and PUBLISH specifications reuse it for SUBSCRIBE and PUBLISH. The response carries Min-Expires with the shortest interval the server will grant.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone behind NAT is set to re-register every 30 or 60 seconds to keep the pinhole open, and the registrar requires 120, 300 or 3600. BLF or presence SUBSCRIBEs with a very short Expires are refused by the PBX. Provisioning templates with a registration period in the wrong unit (seconds vs minutes) also produce it.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrars, and notifiers or presence servers that enforce a minimum subscription or publication lifetime to limit refresh load.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry straight away with an expiry of at least Min-Expires. Retrying with the same short value will loop on 423 and the device will stay unregistered.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Min-Expires in the 423 and set the device&apos;s registration or subscription interval to at least that value.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Expires header and any expires parameter on the Contact, since the Contact parameter wins when both are present.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep NAT bindings open with CRLF or OPTIONS keepalives or SIP outbound instead of very short re-registrations.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the client&apos;s automatic retry uses the new value instead of looping on the old one.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest expiry the server will accept; use it in the retry.</source>
        <comment>header Min-Expires</comment>
        <extracomment>Why to inspect the Min-Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval that was requested.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expires parameter here overrides the Expires header for that binding.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 422 is the session timer equivalent, with Min-SE instead of Min-Expires.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 489 rejects a SUBSCRIBE for its event package, not for its duration.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:424</name>
    <message>
        <source>Bad Location Information</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location conveyed with the request (Geolocation, PIDF-LO) was malformed, missing or unusable.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient needed the location information attached to the request, by value in a PIDF-LO body or by reference through a URI in the Geolocation header, and could not use it. The location might be syntactically wrong, impossible to dereference, or not good enough for the recipient&apos;s purpose, such as routing an emergency call. A Geolocation-Error header in the response carries a code and text that narrow down the problem.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency calls in NG911 or NG112 networks where the ESRP or PSAP cannot parse the PIDF-LO the originating network inserted. A Geolocation header points at a cid: URI that does not match any Content-ID in the multipart body. A location-by-reference URI (HELD or SIP presence) cannot be fetched by the receiving element.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSAPs, emergency routing proxies and other location-based routing elements that must consume the location to handle the request.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only after correcting or replacing the location information. For emergency calls, networks usually fall back to default routing instead of letting the call fail.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for its code and text to see whether parsing, dereferencing or permission failed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the PIDF-LO body against the schema and check Content-Type and multipart boundaries.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure each cid: URI in Geolocation matches a Content-ID header in the body exactly.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For location by reference, verify the URI is reachable and authorised from the receiving network.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries a numeric code and description explaining what was wrong with the location.</source>
        <comment>header Geolocation-Error</comment>
        <extracomment>Why to inspect the Geolocation-Error header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the cid: or remote URI pointing at the location; check it resolves.</source>
        <comment>header Geolocation</comment>
        <extracomment>Why to inspect the Geolocation header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says whether intermediaries may route on the location.</source>
        <comment>header Geolocation-Routing</comment>
        <extracomment>Why to inspect the Geolocation-Routing header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 400 is a general syntax failure; 424 is specific to the conveyed location.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 425 is the sibling for a bad CAP alert payload in non-interactive emergency calls.</source>
        <comment>related 425</comment>
        <extracomment>How 425 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 applies if the location body uses a content type the recipient does not accept at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:425</name>
    <message>
        <source>Bad Alert Message</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-interactive emergency alert (CAP payload in a SIP MESSAGE) was missing or unusable.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8876 lets devices send emergency alerts with no voice or video, as a SIP MESSAGE carrying a Common Alerting Protocol document. A 425 says the PSAP or emergency network could not make sense of the alert payload well enough to act on it. An AlertMsg-Error header carries a code: 100 for a payload that cannot be processed, 101 when it is absent or cannot be found, 102 when it does not say enough about the emergency, and 103 when it is corrupted.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors, alarm panels and vehicle systems sending data-only alerts to an ESRP or PSAP. It appears when the CAP XML is malformed, the body part referenced by the request is missing, or required CAP elements are empty. It is also seen during interoperability testing of new alerting devices against NG emergency cores.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSAPs and emergency services routing proxies that receive non-interactive emergency calls and cannot use the attached alert.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend only after fixing the CAP payload. Sending the same alert again will be rejected the same way.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the code in the AlertMsg-Error header to see which of the four failure cases applies.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the CAP document against the schema and check its Content-Type is application/common-alerting-protocol+xml.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every body part referenced by a cid: URI is actually present in the MESSAGE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the alert fills in the elements that describe the event, such as category, urgency and location.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries the numeric code (100 to 103) and text telling what was wrong with the alert.</source>
        <comment>header AlertMsg-Error</comment>
        <extracomment>Why to inspect the AlertMsg-Error header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should show the CAP media type, usually inside a multipart body.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 424 is the response when the problem lies in the conveyed location rather than the alert itself.</source>
        <comment>related 424</comment>
        <extracomment>How 424 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 is used when the body&apos;s media type is not accepted at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 400 covers a SIP request that is malformed independent of its alert content.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:428</name>
    <message>
        <source>Use Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s policy requires a signed Identity header (STIR/SHAKEN) and the request had none.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STIR verification service received a request without any Identity header, and its policy does not accept unsigned requests. It is a prompt for the originating side to send the request again through an authentication service that signs it. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminating carrier or enterprise SBC configured to require STIR/SHAKEN receives a call from an interconnect that does not sign. The Identity header was added upstream but dropped by a B2BUA or SBC that does not pass unknown headers. Large Identity headers sent over UDP can also be lost when the INVITE is fragmented and a fragment is dropped.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, typically built into the terminating carrier&apos;s SBC or a proxy in front of the called user.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request can be retried once it carries a valid Identity header. A routing engine without a signing path may try another route, but the same verifier will keep refusing unsigned calls.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm whether the originating provider signs the call at all, by checking the INVITE leaving their network for an Identity header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the INVITE hop by hop and find the SBC or B2BUA that removes the Identity header, then allow it to pass.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the trunk to TCP or TLS if large INVITEs are being fragmented over UDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If signing is not possible on that route, agree with the terminating side to relax its policy or route the call elsewhere.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent in the rejected request; it must be present in the retry.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 436 means an Identity header was present but its certificate URL could not be fetched.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 438 means the Identity header was present but failed signature or claim checks.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:429</name>
    <message>
        <source>Provide Referrer Identity</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refer target wants a valid Referred-By token proving who asked for the transfer.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3892 lets the recipient of a request triggered by REFER see who originated the referral through the Referred-By header and an optional signed token. A 429 means the refer target would only accept the request if it carried a valid Referred-By token, and none was present or usable. The referee normally reports the 429 back to the referrer in a NOTIFY sipfrag body, so that the referrer can send a new REFER with a token.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call transfers in security-conscious deployments where the transfer target requires authenticated referrals. It usually surfaces as a message/sipfrag body containing SIP/2.0 429 inside a NOTIFY for the refer subscription. Outside such environments it is rarely seen.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer target, a UAS whose policy insists on an authenticated Referred-By before it acts on a referred request.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referee cannot fix this alone. It should report the 429 to the referrer, which may issue a fresh REFER that includes a Referred-By token.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the NOTIFY bodies for the REFER to confirm the 429 came from the transfer target.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the referrer can produce a signed Referred-By token (an S/MIME message/sipfrag body) and enable it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the token is not feasible, review the target&apos;s policy on unauthenticated referrals.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows who claims to have triggered the request and whether a token was referenced.</source>
        <comment>header Referred-By</comment>
        <extracomment>Why to inspect the Referred-By header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 is a plain refusal; 429 says the request would be acceptable with proof of the referrer.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is a final decline by the user rather than a missing credential.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:430</name>
    <message>
        <source>Flow Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP outbound: the edge proxy could not use the connection (flow) chosen for this registration.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With RFC 5626 outbound, a UA keeps one or more persistent flows (TCP, TLS or WebSocket connections, or UDP with keepalives) to edge proxies, and the registrar records which flow each binding uses. A 430 tells the authoritative proxy that the flow named in the routing information is gone, so this binding cannot be reached over it. It is meant for the proxy chain only and should not be passed back to the caller.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone or WebRTC client&apos;s TLS or WebSocket connection to the edge proxy has dropped (NAT timeout, Wi-Fi to LTE handover, client suspended) while its registration binding is still valid. Kamailio and OpenSIPS setups using the outbound and path modules produce it when a flow token no longer maps to a live connection. Callers then often see 480 from the authoritative proxy.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edge proxy that supports SIP outbound, replying to the authoritative proxy when the flow referenced in the route has failed.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authoritative proxy should immediately try another flow or binding for the same instance and may drop the failed binding. A 430 should never reach the calling UA; if no other flow works, answer the caller with 480.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the authoritative proxy, treat the binding as unusable and try the next flow or registration for the same instance.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the UA keepalive settings (CRLF or STUN keepalives, Flow-Timer) and the NAT or firewall idle timeouts on the path.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the UA re-registers quickly after losing a connection so a fresh flow replaces the dead one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the edge proxy and registrar agree on flow tokens, especially after an edge proxy restart or failover.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at registration; it carries the flow token and the ob parameter identifying the edge proxy.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding&apos;s +sip.instance and reg-id show which instance and flow failed.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the UA how often to send keepalives; too long a value lets NAT bindings expire.</source>
        <comment>header Flow-Timer</comment>
        <extracomment>Why to inspect the Flow-Timer header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 is what the caller should see when no flow to the user works.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 439 is the registration-time outbound failure, when the edge proxy lacks outbound support.</source>
        <comment>related 439</comment>
        <extracomment>How 439 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 is what a proxy reports when a branch simply times out instead of failing fast.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:433</name>
    <message>
        <source>Anonymity Disallowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was anonymous and the callee&apos;s or the network&apos;s policy rejects anonymous requests.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient refuses the request because the sender hid its identity, for example with Privacy: id, an anonymous From, or no asserted identity at all. It gives a clear, standard way to express anonymous call rejection instead of a generic 403 or 603. The caller can succeed by revealing its identity and trying again.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller with caller ID withheld (CLIR) dials a subscriber who has anonymous call rejection enabled. An enterprise SBC or PBX rejects calls whose From is sip:anonymous@anonymous.invalid. A trunk or upstream proxy adds Privacy: id or strips P-Asserted-Identity, so calls look anonymous even though the caller did not withhold the number.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A called UA, or a proxy or application server implementing an anonymous call rejection service for the callee.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same anonymous request will always be rejected. Retry only with the caller&apos;s identity presented; routing elsewhere does not help because the policy belongs to the callee.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the From, Privacy and P-Asserted-Identity headers of the rejected INVITE to see why it was treated as anonymous.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller withheld the number, present caller ID and call again.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller did not withhold it, find the trunk, PBX or SBC that inserted Privacy: id or removed the asserted identity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anonymous calls should be allowed, disable anonymous call rejection for that callee or policy.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of id or user is a common reason for the request to be treated as anonymous.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous display name or anonymous.invalid host marks the call as anonymous.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing asserted identity in a trusted network can also trigger the rejection.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 is a generic policy refusal; 433 states that anonymity was the reason.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is a decline by the user without saying why.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:436</name>
    <message>
        <source>Bad Identity Info</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header could not be fetched or uses an unsupported scheme.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried an Identity header, but the verifier could not retrieve the credential it points to through the info parameter (in SHAKEN, the certificate URL that also appears as x5u in the PASSporT). The URI may be unreachable, return an error, or use a scheme the verifier does not support. The name was registered as Bad Identity-Info with RFC 4474 and changed to Bad Identity Info with RFC 8224.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminating carrier&apos;s verification service cannot reach the signing provider&apos;s certificate repository because of DNS failure, a TLS error, an HTTP 404 or a firewall blocking outbound HTTPS. The signing side publishes the certificate on an internal host or uses an http: URL the verifier refuses. Verification timeouts under load can also produce it.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the info URL from the Identity header and fetch it from the verifier&apos;s network, checking DNS, TLS and the HTTP status.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the certificate repository is public, served over HTTPS and returns the certificate chain with the expected content type.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open outbound HTTPS from the verification service and check its fetch timeout and cache.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the signing provider to correct the URL if it points to an unreachable or internal host.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its info parameter, and the x5u claim inside the PASSporT, name the certificate URL to test.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 438 means the signature or claims themselves failed verification.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 428 means there was no Identity header to check at all.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:437</name>
    <message>
        <source>Unsupported Credential</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier fetched the signing certificate but does not support or trust it.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential referenced by the Identity header was retrieved, but the verifier cannot use it: the certificate type or algorithm is not supported, or it does not chain to an authority the verifier trusts. RFC 4474 registered this code as Unsupported Certificate; RFC 8224 renamed it to cover credentials in general.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In STIR/SHAKEN, a certificate issued by a CA that is not on the verifier&apos;s list of approved STI-CAs is rejected this way. It also happens when a verifier&apos;s trust store is outdated after a new CA is approved, or when a test certificate is used on a production interconnect.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate from the info URL and check its issuer chain against the verifier&apos;s trust anchors.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the verifier&apos;s trust list of authorised certificate authorities if it is outdated.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate&apos;s algorithm and extensions, for example ES256 keys and the TN authorization list extension used in SHAKEN.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the signing provider to use a certificate from an approved authority if the chain is genuinely untrusted.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to the credential that was refused; use its info URL to fetch and inspect the certificate.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched at all.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 438 means the credential was fine but the signature or claims did not verify.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 428 means the request arrived without an Identity header.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:438</name>
    <message>
        <source>Invalid Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Identity header&apos;s signature or its claims did not verify against the request.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier obtained a usable credential, but the Identity header failed validation: the signature is wrong, the header is malformed, or the signed claims (such as the originating and destination numbers) do not match the request as received. Stale signatures are handled separately with 403 and the reason phrase Stale Date. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A B2BUA or SBC rewrites the From or To number after the call was signed, for example adding or stripping a + or a national prefix, so orig or dest in the PASSporT no longer matches. The header is truncated or altered by a device that folds or re-encodes long headers. The signer uses a private key that does not match the published certificate.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the PASSporT in the Identity header and compare its orig and dest numbers with From, P-Asserted-Identity and To in the received INVITE.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any hop that manipulates numbers after signing and move the manipulation before the authentication service, or re-sign after it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Identity header arrives unmodified and complete, without line folding or truncation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with the signing provider that the key used matches the certificate at the info URL.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the PASSporT and check the signature, orig, dest and iat claims.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often the number compared against the orig claim; rewriting it breaks verification.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched, so verification never started.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 437 means the credential was fetched but not trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8224 uses 403 with reason Stale Date when the signature is too old, not 438.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:439</name>
    <message>
        <source>First Hop Lacks Outbound Support</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UA asked for SIP outbound, but the edge proxy in front of the registrar did not signal outbound support.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UA using RFC 5626 outbound registers with a reg-id and +sip.instance in its Contact, expecting the first-hop edge proxy to maintain the flow. The registrar supports outbound but finds no sign that the first hop does, usually because the Path header is missing or lacks the ob parameter. It refuses the outbound registration so the UA can decide how to proceed.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linphone, JsSIP, SIP.js or other WebRTC and mobile clients with outbound enabled register through an SBC or proxy that does not implement RFC 5626. A Kamailio edge proxy has the path module loaded but not the outbound module, so it adds Path without ob. A middlebox strips the Path header before the registrar sees it.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registrar that implements SIP outbound and receives an outbound-style registration through a first hop that does not advertise outbound.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UA may re-register at once without the reg-id parameter, giving up outbound, or try a different edge proxy that supports it. Repeating the same REGISTER through the same edge proxy will be refused again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the REGISTER as it reaches the registrar for a Path header and an ob parameter on it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable outbound support on the edge proxy, for example the outbound and path modules in Kamailio.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the edge cannot support outbound, turn off outbound on the UA so it registers without reg-id.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure no SBC between the edge proxy and the registrar removes Path headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should carry the ob parameter when the first hop supports outbound.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reg-id and +sip.instance parameters show the UA asked for outbound.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should list outbound on the REGISTER.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 430 is the outbound failure seen later, when a registered flow has died.</source>
        <comment>related 430</comment>
        <extracomment>How 430 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 421 is the general case of a missing required extension.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 appears if outbound was placed in Require and the peer does not support it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:440</name>
    <message>
        <source>Max-Breadth Exceeded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy cannot fork the request because the Max-Breadth budget for parallel branches is used up.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5393 added the Max-Breadth header to stop forking proxies from multiplying one request into an explosion of branches. Each proxy shares the available breadth among the parallel branches it creates, and when too little is left to create the branches it needs, it answers 440. The default starting value is 60.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large ring-all hunt groups where each member also has several registered devices, so successive proxies fork again and again. Chains of PBXs and hosted services that each fork the call in parallel. A forking loop between two proxies whose aliases point at each other is cut off by Max-Breadth before Max-Forwards reaches zero.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forking proxy that implements RFC 5393 and does not have enough Max-Breadth left to create the branches its routing logic requires.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying unchanged will hit the same limit. The forking design or routing loop has to be fixed; a client retry does not help.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the Max-Breadth value hop by hop in the trace to see where the budget ran out.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce parallel fan-out: use sequential forking or smaller ring groups, or limit contacts per user.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for forking loops where proxies route the same target back and forth.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the initial Max-Breadth at the first proxy only if the fan-out is legitimate.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remaining parallel-forking budget on the request at each hop.</source>
        <comment>header Max-Breadth</comment>
        <extracomment>Why to inspect the Max-Breadth header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the path the request took and reveals repeated forking proxies.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with Max-Breadth, shows how deep and wide the request has spread.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 482 catches a request that comes back to the same proxy unchanged.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 483 limits how many hops a request may take; 440 limits how wide it may fork.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:469</name>
    <message>
        <source>Bad Info Package</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INFO request used an Info Package the receiver never said it would accept.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the RFC 6086 INFO framework, each side lists the Info Packages it is willing to receive in a Recv-Info header during dialog setup or later. When an INFO arrives with an Info-Package value the receiver did not announce, it answers 469 and includes Recv-Info listing the packages it will take. The failure affects only that INFO; the dialog and call continue.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway sends DTMF or other application data in INFO with an Info-Package header the far end never listed in Recv-Info. A B2BUA or SBC drops the Recv-Info header from the INVITE or 200 OK, so the two ends disagree about what was negotiated. Legacy INFO without an Info-Package header does not trigger 469.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UA at the far end of the dialog, answering an INFO whose Info-Package it did not ask to receive.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only send INFO for a package listed in the peer&apos;s Recv-Info. The dialog is unaffected, so the sender can renegotiate packages with a re-INVITE or UPDATE and try again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Recv-Info header in the 469 to see which packages the receiver accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the INVITE, 200 OK and any UPDATE for Recv-Info and confirm the package was announced.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure B2BUAs and SBCs on the path pass Recv-Info and Info-Package headers through.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For DTMF, consider RFC 4733 telephone-events in the media path instead of INFO if the peers cannot agree on a package.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the Info Packages the receiver is willing to accept.</source>
        <comment>header Recv-Info</comment>
        <extracomment>Why to inspect the Recv-Info header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package the rejected INFO claimed to carry.</source>
        <comment>header Info-Package</comment>
        <extracomment>Why to inspect the Info-Package header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type; 469 rejects the Info Package itself.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 489 is the SUBSCRIBE/NOTIFY counterpart for an unknown event package.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 481 to an INFO means the dialog itself no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:470</name>
    <message>
        <source>Consent Needed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay will not forward to some recipients because they have not given consent to receive traffic.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5360 defines a consent framework for relays, such as URI-list servers, that turn one request into traffic toward other addresses. A 470 says at least one target has not granted permission for this sender, and the response lists the affected URIs in a Permission-Missing header. The sender can ask those recipients for consent and retry once it has been granted.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client sends a MESSAGE or INVITE with a URI list to an exploder or conference service that enforces consent. A relay that translates an address into other destinations refuses to forward to targets that have not opted in. It is uncommon outside deployments that implement the consent framework.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay such as a URI-list server or translating proxy that requires recipient consent before forwarding requests to them.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after consent has been granted or without the targets listed in Permission-Missing. Sending the same request again before that will be refused.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which target URIs lack consent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger consent requests toward those targets using the mechanism the relay supports, then wait for them to accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the targets that have not consented and resend the request for the rest.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the URIs for which the relay has no permission.</source>
        <comment>header Permission-Missing</comment>
        <extracomment>Why to inspect the Permission-Missing header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by the sender to ask the relay to start the consent request toward the targets.</source>
        <comment>header Trigger-Consent</comment>
        <extracomment>Why to inspect the Trigger-Consent header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 is an outright policy refusal with no route to fixing it by obtaining consent.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is a decline by the called user, not a missing permission at a relay.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:477</name>
    <message>
        <source>Unfortunately error on sending to next hop occurred</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not send the request to the next hop (connect or send failure).</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SER-derived proxies turn their internal send error into a 477 reply when a request cannot be written to the chosen destination. The cause is local to the proxy&apos;s transport layer, for example a refused TCP connection, a TLS handshake failure, a missing listening socket for the needed protocol, or an unreachable network. The reason phrase usually carries a suffix such as (477/TM) or (477/SL) showing which module replied.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A t_relay() toward a TCP or TLS destination that is down or blocked, with log lines such as tcp_send failed or sending request on branch 0 failed. A large INVITE is switched from UDP to TCP by the MTU setting and the next hop does not listen on TCP. The destination needs IPv6 or TLS and the proxy has no matching listen socket.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, from the tm or sl module, when the core reports that the request could not be sent to the selected next hop.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure is about this next hop, so a router or failure_route should try another destination or transport now. The same request to the same destination will fail until the connectivity issue is fixed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies generate it when the transport layer fails to send a request to the next hop.</source>
        <comment>statusNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the proxy log around the failed relay to see the destination address, transport and the exact send error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test reachability of that address and port with the same transport, and check firewalls, TLS certificates and the peer&apos;s listeners.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the proxy&apos;s listen sockets cover the protocol and address family used for this destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review udp_mtu and udp_mtu_try_proto if UDP requests are silently moved to TCP.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a failure_route with an alternative destination, for example via the dispatcher module, so sends can fail over.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top Via identifies which proxy instance generated the reply.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often shows kamailio or OpenSIPS, confirming the non-standard source.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 is the standard way to signal that a server or route is unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 appears when the send succeeded but the next hop never answered.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 478 is the sibling for a destination whose name could not be resolved at all.</source>
        <comment>related 478</comment>
        <extracomment>How 478 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:478</name>
    <message>
        <source>Unresolvable destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not resolve the next-hop host (no usable NAPTR, SRV, A or AAAA record).</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SER-derived proxies map their internal bad address error to a 478 reply when the host they must forward to does not resolve to a usable address. The host may come from the Request-URI, a Route header, an outbound proxy or a destination URI set in the routing script. It points to DNS or configuration problems rather than to the called user.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typo in the Request-URI domain or in a trunk definition. An internal host name that resolves on the PBX but not on the proxy&apos;s DNS servers. SRV records missing for the transport the proxy tries, or the resolver on the proxy host being down or slow.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, and SEMS as a B2BUA, when DNS resolution of the next hop fails during forwarding.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router should try another route or destination now. Retrying the same destination only helps after DNS or configuration is corrected.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies (and SEMS) send it when the next-hop host name cannot be resolved.</source>
        <comment>statusNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which host the proxy tried to resolve, from the Request-URI, the top Route or the destination URI in the logs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query NAPTR, SRV and A or AAAA records for it from the proxy host with dig, using the same resolvers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the DNS records or the configuration, or use an IP address for trunks where DNS is not needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy&apos;s DNS settings such as NAPTR and SRV lookups and its DNS cache for stale negative entries.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If present, the top Route names the host that failed to resolve.</source>
        <comment>header Route</comment>
        <extracomment>Why to inspect the Route header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the proxy software that produced this non-standard code.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 says the user or domain is not served; 478 says the proxy could not even find where to send it.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 is the standard code many servers use for a DNS failure on the way out.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 477 is the sibling when the address resolved but sending to it failed.</source>
        <comment>related 477</comment>
        <extracomment>How 477 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:480</name>
    <message>
        <source>Temporarily Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee exists but cannot be reached right now (not registered, DND, offline); may carry Retry-After.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached a system that knows the target, but the target cannot take it at this moment. Typical reasons are no current registration, do-not-disturb, the user being logged out or the device being unreachable. A Retry-After header may suggest when to try again, and the reason phrase or a Reason header may say more precisely what happened.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call to an extension whose phone is unplugged or whose registration expired because the NAT binding died. A mobile or IMS subscriber is absent or detached, and the network maps the PSTN cause (often 18, 19 or 20) to 480. A forking proxy whose branches all failed without a better answer, or an outbound edge that lost the flow, reports 480 to the caller.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies and PBXs that find no usable contact for a known user, UAs in do-not-disturb, and PSTN gateways translating an absent or not-responding subscriber.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request may succeed later; wait for Retry-After when it is present. A forking proxy keeps trying other branches, and voicemail or forward-on-unavailable services usually kick in on 480.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registrar&apos;s location table for the target AOR and when its last registration happened.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the device: registration interval, NAT keepalives and network connectivity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause from a gateway, which narrows down absent, no answer or not registered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check do-not-disturb, presence state and forwarding rules for the user.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For automated dialers, honour Retry-After instead of redialling at once.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests when the callee may be reachable again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May carry the Q.850 cause from a PSTN gateway, such as 18 or 20.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 486 means the user was reached but is busy, not unreachable.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 means the user is unknown, while 480 means a known user is currently unavailable.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 reports a timeout waiting for an answer, which some systems use for no-answer instead of 480.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 480 to cause 18, no user responding, when interworking with ISUP.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:481</name>
    <message>
        <source>Call/Transaction Does Not Exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-dialog request or a CANCEL matched no dialog or transaction at the receiver.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver got a request that should belong to an existing dialog (BYE, re-INVITE, UPDATE, INFO, NOTIFY, REFER, PRACK) or transaction (CANCEL), but it holds no state that matches the Call-ID, tags or branch. Either the state was lost or never existed there, or the request went to the wrong element. For the sender, the dialog should be considered gone.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The far end restarted or failed over to a node without replicated dialog state, then gets a BYE or re-INVITE for an old call. An SBC or B2BUA has already dropped the call after session timers or media timeouts, and the other side&apos;s BYE arrives later. NAT or an ALG changes the Contact so in-dialog requests land on a different server, a NOTIFY arrives after the subscription expired, or a CANCEL reaches a node that never saw the INVITE.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UA or B2BUA that no longer holds, or never had, the dialog, and a stateful proxy that receives a CANCEL for a transaction it does not know.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not resend the request: treat the dialog or subscription as terminated and clean up locally. A new call or a new SUBSCRIBE is needed to restore service.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the rejected request with the dialog that set up the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Record-Route and Contact from the original exchange to confirm in-dialog requests are routed to the element holding the dialog.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a restart, failover or session timer expiry on the far side just before the 481.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In clusters, enable dialog replication or sticky routing so mid-dialog requests reach the right node.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For subscriptions, send a new SUBSCRIBE instead of reusing the dead dialog.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the tags, identifies the dialog the receiver could not find.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tag must match the dialog; a changed or missing To tag is a frequent cause.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tag is the other half of the dialog identifier.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the original INVITE exchange; a wrong route set sends in-dialog requests to the wrong box.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 means a request got no answer; 481 is an explicit answer that the state is missing.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 487 is the normal answer to an INVITE that was cancelled; 481 is sent to a CANCEL that matched nothing.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 481 to cause 41, temporary failure, toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:482</name>
    <message>
        <source>Loop Detected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request came back to a server that already handled it unchanged, or a merged copy reached the UAS.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy doing loop detection finds that it has already forwarded this same request, with the same Request-URI and routing state, so the request has gone round in a circle. A UAS also sends 482 for a merged request: a second copy of a request it is already processing, with the same From tag, Call-ID and CSeq but arriving by another path after forking. A spiral, where the request returns to a proxy with a changed Request-URI, is legitimate and is not a loop.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding between two systems that forward to each other, or a PBX and a carrier routing the same number back and forth. DNS or SRV records that send a proxy&apos;s outbound traffic back to itself. A forking proxy delivers two branches to the same phone because it is registered twice, and the second copy gets 482 from the phone.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateful proxies with loop detection enabled, and UAs detecting a merged request that arrived twice through different forks.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying will loop again until routing is fixed. When the 482 is for a merged copy, it is harmless because another branch of the same request is being handled.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Via headers of the rejected request; the same host appearing repeatedly shows where the loop is.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the routing rule, forwarding target or DNS record that sends the request back.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For merged requests, check the registrar for duplicate bindings of one device and remove stale contacts.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure proxies on the path generate unique Via branch values and do not disable loop detection.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated entries for the same proxy reveal the loop path.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low remaining value also indicates the request has travelled in circles.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 483 stops loops that loop detection misses, such as spirals that keep rewriting the Request-URI.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 440 limits the width of forking, while 482 catches a request returning to the same server.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:483</name>
    <message>
        <source>Too Many Hops</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-Forwards reached zero before the request got to its destination.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every proxy decrements Max-Forwards, and a proxy that receives a request with the value at zero must not forward it and answers 483 instead. The usual start value is 70, so a 483 nearly always means a routing loop that changes the Request-URI on each pass, which normal loop detection does not catch. The one exception is OPTIONS, which an element may answer itself when Max-Forwards is zero.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number translation loop where a PBX and a carrier keep adding or removing a prefix, so each pass looks like a new request. A B2BUA or SBC that sets a low Max-Forwards value (for example 10) on a long path through several SBCs and application servers. Forwarding chains that bounce between hosted PBX tenants.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy or SBC at which Max-Forwards hit zero, usually one that is part of the loop.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying will run out of hops again. Fix the routing loop or the hop limit first.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the Via headers and the Request-URI changes hop by hop to find the repeating pattern.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the number translation or routing rule that sends the request back with a modified URI.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check B2BUAs and SBCs that reset or lower Max-Forwards and make sure they use a sane value.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid raising Max-Forwards to hide a loop; find the loop instead.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached zero at the rejecting hop; compare the value set by the originator and each B2BUA.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of hops traversed; repeated hosts show the loop.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 482 detects an unchanged request returning to the same proxy; 483 is the backstop when the request changes on each pass.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 440 is the forking-width limit, complementary to the hop limit.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:484</name>
    <message>
        <source>Address Incomplete</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled number or Request-URI is incomplete; more digits are needed.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server recognises the address as a prefix of something valid but not a complete destination. It is the SIP counterpart of overlap dialling: the caller can send the request again with more digits. The response may include the reason in the reason phrase, but the fix always lies in the number sent.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone&apos;s digit map or inter-digit timeout sends the INVITE after only part of the number was dialled. A SIP trunk receives a national number without its area code or an international number missing the country code. A PSTN gateway using overlap signalling toward ISDN or ISUP receives an address that the network reports as incomplete.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBXs, carriers&apos; routing proxies and PSTN gateways whose dial plan sees the number as a valid but incomplete prefix.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with the complete number. Overlap-dialling clients may resend the INVITE with additional digits as the user keeps dialling.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the number in the Request-URI with the format the trunk or PBX expects, such as E.164 with a leading +.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the phone&apos;s digit map or inter-digit timer so the full number is collected before sending.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise numbers on the PBX or SBC before they reach the trunk.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For gateways, configure en-bloc sending or enough digits before the call is launched.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 means the address is complete but does not exist.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 485 means the address matches several targets rather than too few digits.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 484 to cause 28, invalid number format (address incomplete).</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:485</name>
    <message>
        <source>Ambiguous</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI matches more than one possible target; the response may list candidates in Contact.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot pick a single destination because the address could mean several users. It may include Contact headers with possible matches, although a server may leave them out to avoid exposing its directory. The caller has to pick a more specific address.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name-based or alias URIs such as sip:john@example.com resolving to several users in a directory-driven proxy. Duplicate aliases or extensions configured in the user database of a PBX. It is rare in carrier telephony.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies and redirect servers that resolve names through a directory and find multiple matches.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a more precise Request-URI, possibly one of the Contact candidates. Sending the same ambiguous URI again will get the same answer.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a unique, fully specified address, such as the user&apos;s exact extension or full name URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the response has Contact headers, choose the intended target from them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duplicate aliases or extensions from the directory or user database.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional list of candidate addresses the server found.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 300 offers multiple choices as a redirect; 485 treats the ambiguity as a client error.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 484 means the address is incomplete rather than matching several targets.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 means nothing matched at all.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:486</name>
    <message>
        <source>Busy Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee was reached but is busy at this endpoint; other locations may still answer.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called UA or system was contacted and is unable or unwilling to accept another call right now. The word here matters: it speaks only for this endpoint, so a forking proxy may keep trying other branches and voicemail or forward-on-busy can apply. A Retry-After header may say when to try again.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone already in a call with call waiting turned off. A PBX extension or SIP trunk has reached its limit of concurrent calls. Some phones send 486 when the user presses reject or has do-not-disturb enabled, where others send 603 or 480.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called UA or PBX when the user is on another call or a call limit is reached, and PSTN gateways translating ISUP cause 17.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request may work later; respect Retry-After when given. A forking proxy keeps waiting for other branches, and forward-on-busy rules are triggered by 486.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the callee device was genuinely in use or had reached its call limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check concurrent call limits on the extension, trunk or SBC if busy appears while lines are idle.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure call forward on busy or voicemail if callers should not hear busy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For dialers and automated systems, honour Retry-After before redialling.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests when the callee may be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From gateways, may carry Q.850 cause 17 or a more specific cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 600 Busy Everywhere says no location will take the call; as a 6xx it makes the proxy stop forking.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 means the callee could not be reached, not that it is busy.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is an explicit decline rather than a busy condition.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 486 to cause 17, user busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:487</name>
    <message>
        <source>Request Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INVITE was ended by a CANCEL (or a BYE) before a final answer; normal when the caller hangs up.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final response to a pending INVITE that was stopped before it completed, almost always because a CANCEL arrived, or because a BYE ended the early dialog. It is a normal part of call flows rather than an error: the CANCEL gets its own 200 OK and the INVITE gets 487, which the caller acknowledges with ACK. RFC 3398 defines no Q.850 cause for it, since the call was cleared by the calling side.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hangs up while the phone is ringing. A parallel-ring or hunt group call is answered by one device and the proxy cancels the others, often with a Reason header saying the call was completed elsewhere. A no-answer timer on a PBX or proxy (for example Kamailio&apos;s fr_inv_timer or an Asterisk Dial timeout) cancels the branch before sending the call to voicemail.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UAS or gateway that had the INVITE pending when CANCEL or BYE arrived, forwarded by proxies; B2BUAs generate it on their own leg.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry: the caller or a proxy deliberately stopped the request. A proxy that cancelled branches moves on as planned, for example to voicemail or to the branch that answered.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find who sent the CANCEL from its Via and any Reason header: the caller, a proxy timer or a forking proxy.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If calls are cancelled too early, increase the ring timeout on the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the ACK for the 487 arrives; otherwise the UAS retransmits the 487 until Timer H gives up.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a 200 OK and a 487 cross, make sure the caller sends BYE for the answered call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the CANCEL, explains why it was sent, for example SIP;cause=200 for a call answered elsewhere.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 487 carries the INVITE&apos;s CSeq; the CANCEL&apos;s 200 OK is a separate response.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CANCEL that matches no pending transaction gets 481 instead of producing a 487.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 is a timeout, whereas 487 follows an explicit CANCEL.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is the callee declining, whereas 487 is the caller or proxy abandoning the attempt.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:488</name>
    <message>
        <source>Not Acceptable Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDP offer (codecs, media, transport, crypto) is not acceptable at this endpoint; check Warning.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UAS understood the request but cannot accept the session description: none of the offered codecs, media types, transports or security profiles work for it. It should include a Warning header explaining the problem, such as 305 Incompatible media format or 304 Media type not available. When 488 answers a re-INVITE, only the change is rejected and the existing call continues with its previous media.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A codec mismatch such as a G.729-only trunk receiving a G.711-only offer, or an Opus-only WebRTC client calling a legacy PBX without transcoding. The offer uses RTP/SAVP or DTLS-SRTP and the endpoint only accepts plain RTP/AVP, or the reverse. A re-INVITE switching to T.38 fax reaches a device without T.38, or video is offered to an audio-only endpoint.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called endpoint, PSTN gateway or SBC that evaluates the SDP offer and finds nothing it can accept.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a different offer, for example other codecs or a different transport profile, or route to a destination that supports the media. A router may try another trunk that offers transcoding.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Warning header for the specific reason given by the endpoint.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the m= lines and a=rtpmap entries in the offer with the codecs and media the endpoint allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align codec lists on the trunk, PBX or SBC, or enable transcoding for this route.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the transport and crypto profile (RTP/AVP versus RTP/SAVP, SDES versus DTLS-SRTP) on both sides.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For rejected T.38 re-INVITEs, fall back to G.711 fax passthrough; the call itself survives.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually carries a 3xx warn-code such as 305 or 304 naming the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May list the body types the endpoint takes if the body format was the problem.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 says the session is unacceptable everywhere and stops forking; 488 only speaks for this endpoint.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type itself, for example a non-SDP body.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 305 Incompatible media format is the most common explanation sent with 488.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways map 488 to cause 65, bearer capability not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:489</name>
    <message>
        <source>Bad Event</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Event package in SUBSCRIBE, PUBLISH or NOTIFY is not supported; Allow-Events lists those that are.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver does not support the event package named in the Event header of the request. Notifiers answer an unsupported SUBSCRIBE this way, presence servers use it for PUBLISH, and a subscriber can use it for a NOTIFY carrying an event it does not understand. The response should include Allow-Events with the packages the server does handle.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone sends SUBSCRIBE with Event: dialog for busy lamp field to a PBX or proxy without dialog event support. MWI subscriptions with Event: message-summary reach a server that does not provide voicemail notifications. Presence subscriptions or PUBLISH requests hit a plain registrar, or a device rejects an unsolicited NOTIFY such as a check-sync or reboot event it does not support.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifiers, presence servers and PBXs receiving SUBSCRIBE or PUBLISH for an unknown package, and UAs receiving a NOTIFY they cannot handle.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only retry with an event package listed in Allow-Events. Repeating the same SUBSCRIBE will keep failing and may be rate-limited by the server.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Allow-Events in the 489 to see which packages the server supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the missing package on the server, for example presence, dialog or MWI support in the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server will never support it, disable that feature or subscription on the device.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Event header spelling and parameters against the package name the server expects.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the event packages the server supports.</source>
        <comment>header Allow-Events</comment>
        <extracomment>Why to inspect the Allow-Events header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package requested; check its name and parameters.</source>
        <comment>header Event</comment>
        <extracomment>Why to inspect the Event header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 405 says the SUBSCRIBE or PUBLISH method itself is not allowed there.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 501 says the method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 481 to a NOTIFY or refresh means the subscription no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:491</name>
    <message>
        <source>Request Pending</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare: a re-INVITE or UPDATE crossed with one from the other side; back off and retry.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UAS received a request that would start a new offer/answer exchange while its own re-INVITE or UPDATE in the same dialog was still pending. Both sides usually get a 491 at the same moment. RFC 3261 section 14.1 resolves the tie with random timers: the side that generated the Call-ID waits 2.1 to 4 seconds before retrying, the other side waits up to 2 seconds, both in 10 ms steps.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parties put a call on hold or resume at the same time, or an SBC sends a session-timer refresh while a phone sends a hold re-INVITE. Two fax gateways both detect fax tones and each send a T.38 re-INVITE. A B2BUA renegotiating media during a transfer collides with a re-INVITE from an endpoint.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UA or B2BUA that already has an outstanding offer in the dialog when the other side&apos;s re-INVITE or UPDATE arrives.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the same change after the randomised delay: 2.1 to 4 seconds if you generated the Call-ID, 0 to 2 seconds otherwise. The call remains up meanwhile with its previous media.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that each side retries after a random delay within the RFC 3261 ranges and does not retry instantly.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If 491 repeats endlessly, look for stacks using fixed or identical timers and correct them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure only one side to initiate the T.38 switch, for example the terminating gateway.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the session timer refresher so only one side sends refreshes.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the CSeq numbers of the crossing requests to see which transactions collided.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells which side generated the dialog&apos;s Call-ID and so which back-off range applies.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 500 with Retry-After is used for an overlapping INVITE with a lower CSeq, not for offer/answer glare.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 rejects the offer&apos;s contents, while 491 rejects only its timing.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:493</name>
    <message>
        <source>Undecipherable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request had an encrypted S/MIME body that the UAS cannot decrypt.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UAS received a body protected with S/MIME encryption and has no suitable key, or does not support the algorithm used, so it cannot read the content. Without the body it cannot act on the request. S/MIME in SIP is rarely deployed, so this code mostly appears in specialised secure environments and test labs.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure SIP product encrypts the SDP with S/MIME toward a peer that does not support it. The sender encrypted with an old public key after the receiver rotated its certificate. Interoperability tests of S/MIME implementations with mismatched algorithms.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS that receives an application/pkcs7-mime body it cannot decrypt.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a body encrypted for a key the receiver holds, or without S/MIME. Sending the same encrypted body again will fail.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the sender used the receiver&apos;s current certificate for encryption.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the encryption algorithms supported by both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If end-to-end encryption of the body is not essential, turn off S/MIME and protect signalling with TLS (sips) instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the encrypted S/MIME body type in the rejected request.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 refuses a body type outright; 493 understands the type but cannot decrypt it.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 400 is for malformed requests, whereas 493 concerns an encrypted body that is well formed but unreadable.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:494</name>
    <message>
        <source>Security Agreement Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires RFC 3329 security mechanism agreement (sec-agree) before it will process requests.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server insists on negotiating a security mechanism with the client, such as TLS, digest or IPsec, using the Security-Client, Security-Server and Security-Verify headers. The 494 carries Security-Server listing the mechanisms the server offers, typically with Require: sec-agree. The client chooses one, sets it up, and sends later requests over the protected channel with Security-Verify echoing the server&apos;s list.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS and VoLTE: a UE or softclient sends REGISTER to a P-CSCF without sec-agree, or after its IPsec security associations expired sends a request on an unprotected port. A Security-Verify header that does not match what the server sent, for example because an SBC rewrote it, is also answered with 494. Outside IMS it is seldom used.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first-hop proxy or registrar, most often an IMS P-CSCF, whose policy requires a negotiated security mechanism before accepting requests.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after completing the security negotiation and sending the request over the agreed mechanism with Security-Verify. The same unprotected request will be refused again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Security-Server header to see which mechanisms the server accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable sec-agree on the client so it sends Security-Client and lists sec-agree in Require and Proxy-Require.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the chosen mechanism (TLS or IPsec-3gpp security associations) and send later requests on the protected ports.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure Security-Verify is copied exactly from the server&apos;s Security-Server and that no middlebox alters these headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the mechanisms and parameters the server supports.</source>
        <comment>header Security-Server</comment>
        <extracomment>Why to inspect the Security-Server header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client offered; missing or mismatched entries cause the rejection.</source>
        <comment>header Security-Client</comment>
        <extracomment>Why to inspect the Security-Client header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must mirror the server&apos;s list on protected requests.</source>
        <comment>header Security-Verify</comment>
        <extracomment>Why to inspect the Security-Verify header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normally contains sec-agree in the 494.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 421 is the generic missing-extension response; 494 is specific to security agreement.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 401 asks for credentials, which in IMS often comes in the same exchange as sec-agree setup.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 appears if sec-agree was required but the server does not implement it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:500</name>
    <message>
        <source>Server Internal Error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hit an unexpected condition and could not complete an otherwise valid request.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 500 is the generic server-side failure: the request itself looked fine, but something broke while the server was processing it. RFC 3261 also prescribes 500 for a few protocol situations, such as a mid-dialog request whose CSeq is lower than the last one seen, or a second INVITE in a dialog that arrives before the UAS has answered the previous one. The response may carry Retry-After to say when the request can be tried again.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a PBX, SBC or application server throws an exception, loses its database or media resource, or runs into a script error in its routing logic. It is also what a stateful proxy sends upstream when its only downstream answer was a 503, so a 500 at the edge may hide a 503 further in. A re-INVITE sent before the previous one was answered gets a 500 with a random Retry-After of up to 10 seconds.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server that fails internally, most often a PBX, SBC, application server or PSTN gateway. Proxies also generate it in place of a downstream 503.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request may be sent again after a few seconds, or after the Retry-After interval when one is given. A router with alternative routes can also fail over, since the problem is usually local to the server that answered.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Reason and Warning headers and the Server or User-Agent header to identify which element generated the 500.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that element&apos;s logs for the Call-ID at the same timestamp; look for crashes, script errors, database or license failures.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it came from a proxy, trace the downstream leg to see whether a 503 or timeout was converted into 500.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a 500 on a re-INVITE, check whether the sender issued a new offer before the previous re-INVITE was answered, and wait for the Retry-After interval before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When present it says how many seconds to wait before sending the same request again, as in the overlapping re-INVITE case.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway may put the real cause here, for example a Q.850 cause from the PSTN side.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the product that failed, which tells you whose logs to read.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 says the server is overloaded or in maintenance and invites failover; 500 is an unexpected error.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 504 blames a timeout toward another server rather than an internal fault.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 500 to Q.850 cause 41 (temporary failure) toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:501</name>
    <message>
        <source>Not Implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the functionality needed to handle the request, usually an unknown method.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 501 means the server lacks the capability to process the request at all, typically because it does not recognise the request method for any user. It differs from 405, which is used when the method is known but not allowed for the target resource. Proxies forward requests regardless of method, so a 501 nearly always comes from the far endpoint or a B2BUA.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows up when a UA sends a method the other side never implemented, such as UPDATE, PRACK, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE to an older phone, gateway or PBX. It is also common when DTMF is sent with INFO to a device that only supports RFC 4733 events, or when a keepalive OPTIONS hits a minimal SIP stack.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints, B2BUAs and gateways whose SIP stack does not implement the method. A proxy normally does not send it because it forwards unknown methods.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resending the same method to the same server will fail again. Retry only with a different mechanism, for example a re-INVITE instead of UPDATE.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the CSeq method of the failed transaction to see which method was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send OPTIONS to the peer, or read its Allow header in earlier responses, to see which methods it supports.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the configuration to avoid that method, for example use re-INVITE instead of UPDATE or RFC 4733 DTMF instead of SIP INFO.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a B2BUA sits in the path, check whether it drops or refuses methods it does not relay.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its method name tells you which request type the server rejected.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server included it, it lists the methods the server does support.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 405 means the method is recognised but not allowed for this resource; 501 means it is not implemented.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 refuses an extension named in Require, not a method.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 501 to Q.850 cause 79 (service or option not implemented).</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:502</name>
    <message>
        <source>Bad Gateway</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or gateway received an invalid response from the next server it contacted.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 502 is sent by an element acting as a gateway or proxy when the downstream server it relied on answered with something it could not use. The problem lies beyond the element that sent the 502, not in the original request. Gateways toward the PSTN also use it when the far network reports that the destination is out of order.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it from SBCs and proxies when the carrier or PBX behind them returns a malformed response, drops the connection mid-transaction, or answers with a message that fails parsing. PSTN gateways map ISUP cause 27 (destination out of order) to 502, so it often appears when the called line or its terminating switch is down.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that relay the request to another server and could not use the answer they received.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request itself may be fine, so a router should try another route or carrier. Resending to the same path usually fails until the downstream element is fixed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the downstream leg on the element that sent the 502 and inspect the response it got from the next hop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that response for parsing problems such as bad Via, broken Content-Length, or invalid SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause, which points at a PSTN-side failure such as cause 27 or 38.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over to another trunk or route while the downstream issue is fixed.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often carries the Q.850 cause reported by the PSTN side of a gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text naming the downstream peer or the parse error.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 504 means the downstream server did not answer in time rather than answering badly.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 means the server that answered is itself unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 502 to Q.850 cause 38 (network out of order).</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:503</name>
    <message>
        <source>Service Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily overloaded or in maintenance; try an alternate server, honouring Retry-After.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 says the server cannot handle requests right now because of overload or maintenance. With Retry-After it tells the client how long to avoid that server; without it, the client must treat the answer like a 500. A client that gets 503 should move on to the next server from RFC 3263 DNS SRV or NAPTR resolution, and a proxy should not pass a 503 upstream unless it knows every request it could route would fail, sending 500 instead.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical cases are a registrar or PBX in maintenance, a proxy with no reachable destination in its dispatcher set, a trunk over its concurrent call limit, or an SBC shedding load. From carriers a 503 without Retry-After usually reflects a PSTN failure and comes with Reason: Q.850;cause=34 (no circuit available), 38 (network out of order), 41 (temporary failure) or 42 (switching equipment congestion).</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers that are overloaded or administratively down, and carrier gateways reporting congestion on the PSTN side. Proxies also send it when no downstream destination is available.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the request to the next server from DNS SRV or the configured route list and do not send new requests to this server for the Retry-After period. A proxy whose only downstream answer is 503 should return 500 upstream so that the caller does not blacklist the proxy itself.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for Retry-After: if present, the server is asking to be left alone for that many seconds, so send traffic to another SRV target meanwhile.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Reason header for a Q.850 cause to tell trunk congestion (34, 42) from network faults (38, 41).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check channel or call limits, licenses and registration state on the trunk or PBX that answered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure DNS SRV or the dialer/dispatcher list has a working secondary and that failover on 503 is enabled.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells how many seconds to avoid this server; without it the response is handled like a 500.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier gateways put the Q.850 cause here, for example cause=34 or cause=41.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text such as a call limit or capacity message.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 500 is a generic failure; a 503 without Retry-After is handled as if it were a 500.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 says the callee is unavailable, not the server.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circuit available; RFC 3398 maps this ISUP cause to 503.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 503 to cause 41 (temporary failure) and causes 38, 41 and 42 back to 503.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:504</name>
    <message>
        <source>Server Time-out</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave up waiting for another server it needed, such as DNS, a database or the next hop.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 504 means the server tried to use some external server to process the request and did not get a timely answer. The failure is upstream of the server that replied, not in the request. RFC 3261 reserves 408 for the case where no answer arrived within the time given by Expires, but in practice many SBCs and gateways use 504 when their next hop stays silent.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a proxy&apos;s DNS lookup for the next hop times out, when an application server waits too long on a database, ENUM or LNP dip, or when an SBC&apos;s INVITE to the carrier gets no response before Timer B fires. Microsoft Teams Direct Routing and many trunks report 504 when the SBC or gateway behind them does not respond.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies, SBCs and gateways that depend on another server or lookup that timed out.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try an alternative route or server right away if one exists. Resending to the same path is only useful once the unreachable host or lookup recovers.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which element sent the 504 from Via and Server headers, then look at its outbound leg for the unanswered request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DNS resolution (NAPTR, SRV, A records) for the next hop and the reachability of that host on the right transport and port.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check firewalls and NAT for dropped SIP, especially large UDP INVITEs that fragment.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review timeouts on database, ENUM or routing lookups and add a secondary next hop.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May name the timeout, for example Q.850 cause 102, on gateways.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some products add a 399 text naming the host or lookup that timed out.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 408 is the standard code for no final answer from the callee side within the transaction timeout.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 503 is an explicit refusal due to overload rather than silence.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 504 to Q.850 cause 102 (recovery on timer expiry).</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:505</name>
    <message>
        <source>Version Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the SIP protocol version used in the request.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 505 rejects the request because the version string in the request line, such as something other than SIP/2.0, is not supported. Since nearly all deployed equipment speaks SIP/2.0, a 505 usually points to a broken or non-SIP sender rather than a real version mismatch.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears with scanners and fuzzers sending odd request lines, with old SIP/1.0 devices, with HTTP or other traffic aimed at port 5060, and with buggy stacks or header manipulation rules that corrupt the request line or Via sent-protocol.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SIP server that parses a request with an unsupported version string.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request can only succeed if it is resent with SIP/2.0. Do not retry unchanged.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the raw request line and Via headers for the protocol version string.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SBC or proxy header manipulation rules that rewrite the request line.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the source IP; if it is a scanner, block it rather than troubleshooting further.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Via carries the protocol name and version, which must also read SIP/2.0.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 400 covers other malformed requests; 505 is specific to the version string.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 505 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:513</name>
    <message>
        <source>Message Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is longer than the server is able to process.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 513 means the whole message exceeded the size the server can handle. It is closely linked to transport choice: RFC 3261 requires a request that exceeds 1300 bytes (when the path MTU is unknown) or comes within 200 bytes of the path MTU to be sent over a congestion-controlled transport such as TCP instead of UDP.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happens with large INVITEs carrying long SDP with many codecs, ICE candidates, crypto lines or video, with multipart bodies, or after many Via and Record-Route headers have been added. Some SBCs and older phones answer 513 when a UDP datagram exceeds their buffer, and fragmented UDP is often dropped by NAT and firewalls before it even arrives.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints, proxies and SBCs whose receive buffer or policy limits message length.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend only after shrinking the message or switching to TCP or TLS. The same message over the same transport will fail again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the message size and transport in the trace; a UDP INVITE above roughly 1300 bytes is a red flag.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the trunk or phone to TCP or TLS so large messages are not fragmented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, and drop unnecessary headers added by header manipulation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable compact header forms if the devices support them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the body size, which is usually the bulk of an oversized INVITE.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport token shows whether the oversized message went over UDP.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 413 rejects an oversized body specifically; 513 concerns the whole message.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 513 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:555</name>
    <message>
        <source>Push Notification Service Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy does not support the push notification service named in the REGISTER.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8599 lets a mobile UA register with push parameters (pn-provider, pn-prid, pn-param) in its Contact URI so that a SIP proxy can wake it through a push service such as APNs or FCM before delivering a call. A 555 tells the UA that the proxy cannot use the push service it named, so the UA cannot rely on push to become reachable through that proxy.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it in reply to a REGISTER from a mobile softphone whose Contact carries a pn-provider value the server does not support, for example an iOS app asking for apns against a server that only implements fcm, or an app pointed at a platform without RFC 8599 support.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP proxy in front of the registrar that is responsible for sending push notifications.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-register only with a supported pn-provider or without push parameters. Repeating the same REGISTER will keep failing.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Contact URI of the REGISTER and note the pn-provider, pn-prid and pn-param values.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which push services the proxy supports, for example from the sip.pns value in Feature-Caps of successful registrations.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the app for a supported push service, or register without push parameters and keep the connection alive by other means.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server side, add the push provider credentials for that service if it should be supported.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries the pn-provider, pn-prid and pn-param URI parameters that named the push service.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that supports push advertises sip.pns here, listing the service it can use.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 rejects an extension listed in Require; 555 rejects the chosen push service.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 501 means a method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:580</name>
    <message>
        <source>Precondition Failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot be set up because a required precondition, usually QoS reservation, cannot be met.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3312 lets an INVITE make session setup depend on preconditions such as QoS resource reservation, negotiated with a=curr, a=des and a=conf in SDP and signalled with the precondition option tag. When a mandatory precondition cannot be met, the answerer rejects the offer with 580 and includes SDP that marks the failed precondition with the strength tag failure, or unknown for precondition types it does not understand. RFC 4032 updates the framework.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is most common in IMS, VoLTE and VoNR, where a UE or P-CSCF cannot obtain the dedicated voice bearer (for example a 5QI 1 or QCI 1 GBR bearer) and the call fails before alerting. It also appears when an INVITE carries Require: precondition toward a network element that cannot reserve resources.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answerer, typically a UE or an IMS element, that could not satisfy a mandatory precondition.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new attempt may succeed once resources are available, but do not loop immediately. If policy allows, retry without mandatory preconditions.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the INVITE for Require or Supported: precondition and the a=des:qos lines to see which preconditions were mandatory.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which stream and which status type (local, remote, e2e) failed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On mobile networks, check bearer setup on the PCRF/PCF and radio side at the same time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the far end does not need QoS preconditions, send the offer with Supported instead of Require so the call can proceed without them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether the INVITE made preconditions mandatory with the precondition option tag.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether preconditions were offered as optional.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS elements often add a reason such as a bearer loss or resource failure cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 rejects the SDP itself; 580 means the SDP was fine but the precondition failed.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 420 is returned when the UAS does not support the precondition extension at all.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 421 is sent when the UAS requires preconditions that the UAC did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:600</name>
    <message>
        <source>Busy Everywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee is busy and no other location will take the call now; Retry-After may give a callback time.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 600 reports that the callee was reached but is busy and does not want the call at this time, and it should only be sent when the responder knows that no other end system would accept it. As a 6xx global failure it makes a forking proxy cancel its other pending branches and stop creating new ones. A Retry-After header can indicate when to call back.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a user with multiple devices or a hunt group is busy on every one and the system answers authoritatively, or when a PBX applies do-not-disturb or a per-user call limit across all devices. Some phones and PBXs send 600 where 486 was intended, which stops forking to voicemail or other devices.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS or PBX that has authoritative knowledge that the user is busy at every location.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not try other locations for this call; a forking proxy cancels outstanding branches on a 6xx. The caller may try again later, after the Retry-After time if one is present.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the callee really is busy on all devices and that DND or a per-user call limit is not set by mistake.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other devices or voicemail should have been tried, change the device or PBX to send 486 instead so forking continues.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honour Retry-After if you run an auto-dialer or callback service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May say when the callee expects to be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway may include Q.850 cause 17 (user busy).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 486 is busy at this location only, so a forking proxy keeps trying other branches.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is an explicit refusal rather than busy.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 600 to Q.850 cause 17 (user busy).</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:603</name>
    <message>
        <source>Decline</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee explicitly rejected the call; a Retry-After may suggest a better time.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 means the callee&apos;s device was reached but the user, or a policy acting for the user, chose not to take the call. Being a 6xx global failure it ends the search: a forking proxy cancels its other branches, so other devices and forwarding rules are not tried. Retry-After may suggest a later time.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a user presses Reject or Decline on a phone or softphone configured to send 603, when a PBX call screening or blacklist rule refuses the caller, and when carrier robocall filters block calls. Because it stops forking, a 603 from one device can prevent the call from reaching other devices or voicemail.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called endpoint when the user declines, or a PBX or carrier element rejecting the call on the user&apos;s behalf.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry automatically and do not try other locations; the decision is final for this call. If Retry-After is present, a new call may be placed after that time.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the callee rejected the call manually or a screening, blacklist or anonymous-call rule fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If rejecting on one device should still send the call to voicemail or other devices, configure the phone to send 486 instead of 603.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For outbound campaigns, check caller ID reputation and STIR/SHAKEN attestation if carriers decline calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May indicate when the callee would accept a call.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 21 (call rejected) or a vendor text.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 486 is busy at one location and lets forking continue.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 607 additionally says the caller is unwanted, for example spam.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 600 reports busy everywhere rather than a deliberate refusal.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 603 to Q.850 cause 21 (call rejected).</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:604</name>
    <message>
        <source>Does Not Exist Anywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has authoritative information that the requested user does not exist anywhere.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 604 is the global form of 404: the responder knows for certain that the user in the Request-URI does not exist at any location, not just at this server. Because it is a 6xx, forking stops and other targets are not tried.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it from a carrier or number database when a dialed number is unassigned or disconnected, from a PBX that owns the whole domain and has no such user, and from routing engines after an LNP or ENUM lookup that returns no record.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy, redirect server or PBX that is authoritative for the user or number range.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry the same URI on other routes; the answer is authoritative. Only a corrected Request-URI can succeed.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Request-URI for digit manipulation errors, missing country code or wrong prefix.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the number or user really exists in the provisioning or number portability data.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the sender is not authoritative for the domain, change it to return 404 so other routes can be tried.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 1 (unallocated number).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 404 is not found at this server only, so other routes may still work.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 410 says the user existed once and is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 maps 604 to Q.850 cause 1 (unallocated number).</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:606</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee was reached but the session description (media, bandwidth, addressing) is unacceptable everywhere.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 says that the user agent was contacted but some part of the offered session, such as media type, codec, bandwidth or address type, cannot be accepted, and that no other location would accept it either. It should carry a Warning header with 3xx warn-codes explaining which part of the SDP failed. It is the global counterpart of 488.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when an offer contains only codecs the callee cannot use, video to an audio-only user, SRTP where only RTP is allowed, or IPv6 addresses to an IPv4-only gateway. Some PBXs send 606 for codec mismatches where 488 would be more appropriate.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user agent or PBX that cannot accept the offered session at any of the user&apos;s locations.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with a changed offer. Forking stops on a 6xx, so other devices will not be tried for this call.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Warning header: 305 points to codecs, 304 to media types, 302 to transport (RTP/AVP versus RTP/SAVP), 301 to address type, 370 to bandwidth.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the m= lines and rtpmap entries of the offer with the callee&apos;s codec and media settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the offer, for example add G.711, remove video, or change SRTP policy, then place the call again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3xx warn-code and text identify which part of the SDP was rejected.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the body is not application/sdp, the offer may not have been understood at all.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is not acceptable at this location only, so forking may still succeed elsewhere.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 rejects the body type rather than its contents.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 305 is the usual companion of 606 and means there is no common codec.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 370 is used when the requested bandwidth exceeds what is available.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:607</name>
    <message>
        <source>Unwanted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party marked the call as unwanted, such as spam, and future calls from this caller may be rejected.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 607 lets the callee say more than decline: it signals that calls from this caller are unwanted, and that later attempts will likely be rejected too. Network elements and call analytics services may count 607s against the calling identity, which makes signed caller identity (STIR/SHAKEN, RFC 8224) important to avoid penalising spoofed numbers. A registrar can show support for processing 607 with the sip.607 feature-capability indicator.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a mobile or softphone user taps a Block or Report as spam button while the call is ringing, and when robocalling or telemarketing traffic is rejected by users. Outbound dialers see rising 607 counts when their caller IDs earn a bad reputation.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called user&apos;s device or client when the user marks the call as unwanted.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry and do not try other locations; further calls from the same caller are expected to be refused.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an outbound campaign, stop calling that destination and review consent and calling patterns.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which number was presented in From and P-Asserted-Identity and whether it carried full STIR/SHAKEN attestation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the calling numbers with carrier analytics or reputation services if legitimate calls are being flagged.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the calling identity that the rejection will be associated with.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a REGISTER response, sip.607 indicates the server supports and processes 607.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is a plain decline without saying the caller is unwanted.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 608 is a rejection by a network analytics engine, not by the called person.</source>
        <comment>related 608</comment>
        <extracomment>How 608 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC that does not know 607 treats it as 600, the generic 6xx code.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sip:608</name>
    <message>
        <source>Rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediary such as a call analytics engine rejected the call, not the called party.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 608 tells the caller that a machine or process in the network, typically a spam or fraud analytics engine, blocked the call, in contrast to 607 where a human rejected it. The intermediary should include a Call-Info header with purpose jwscard that carries a signed jCard with contact details, so that a legitimate caller can ask for the block to be reviewed. An upstream element can use the sip.608 feature-capability indicator to signal that it will convey this information to the caller.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is seen on outbound calls through US and other carriers when the terminating network&apos;s robocall analytics classify the calling number as likely spam or fraud. Contact centres and dialers see bursts of 608 on specific caller IDs or number ranges.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier network element or analytics service that blocks calls on behalf of the terminating network.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry the call on other routes to get around the block. Resolve the reputation issue with the blocking party first.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the jCard from the Call-Info header and contact the listed party to dispute the block.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check STIR/SHAKEN attestation and caller ID reputation for the number that was presented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review call volume, short-duration call rates and answer rates that analytics engines use to flag callers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With purpose=jwscard it carries the signed jCard naming whom to contact for redress.</source>
        <comment>header Call-Info</comment>
        <extracomment>Why to inspect the Call-Info header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sip.608 indicator shows an element that takes responsibility for passing the 608 details to the caller.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 607 is a rejection by the called user rather than by the network.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 603 is a generic decline some carriers also use for blocked calls.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 403 is a policy refusal without the analytics and redress semantics.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:300</name>
    <message>
        <source>Incompatible network protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDP names a network type the receiver cannot use.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 300 reports that a network protocol given in the session description is not available to the responder. In SDP this is the nettype field of the c= and o= lines, which is IN (Internet) in practically all deployments, so a 300 usually means the SDP was generated or rewritten incorrectly.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is rare in the field. It shows up when a buggy client, a header or body manipulation rule on an SBC, or a gateway template produces a c= line with a network type other than IN, or when the SDP is truncated so the line cannot be read properly.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answering user agent or media gateway that parsed the offer.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the c= and o= lines of the rejected offer for the network type token.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SBC SDP manipulation rules and gateway SDP templates that rewrite those lines.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the offer with c=IN and a valid address type.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the warn-agent to see which element rejected the SDP and the quoted text for the offending network type.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the usual carrier of this warning when only this location refuses the SDP.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 is used instead of 488 when no location would accept the SDP.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 301 concerns the address type (IP4 or IP6) rather than the network type.</source>
        <comment>related warning:301</comment>
        <extracomment>How warning:301 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:301</name>
    <message>
        <source>Incompatible network address formats</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDP uses an address type the receiver cannot handle, typically IPv6 versus IPv4.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 301 says that an address format in the session description, meaning the addrtype of the c= or o= line, is not available to the responder. In practice it flags an IP4 and IP6 mismatch, or a non-IP address format that the receiver does not support.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a dual-stack or IPv6-only client offers c=IN IP6 to an IPv4-only gateway or phone, or when an SBC that should perform IPv4 and IPv6 interworking is bypassed. RFC 3261 uses an E.164 address type as its example of an unsupported format.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answering user agent or gateway that cannot use the offered address family.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with an offer that uses an address type the answerer supports. An unchanged offer will fail again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the addrtype in the offer&apos;s c= lines with what the answerer supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable IPv4 and IPv6 media interworking on the SBC or anchor the media through it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the client to offer IPv4, or to offer both families with ICE candidates.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text often names the refused address type, for example IP6.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 is the global variant used when no location could accept the address type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 300 concerns the network type rather than the address format.</source>
        <comment>related warning:300</comment>
        <extracomment>How warning:300 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:302</name>
    <message>
        <source>Incompatible transport protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media transport in the SDP m= line, such as RTP/SAVP or UDP/TLS/RTP/SAVPF, is not available.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 302 reports that a transport protocol listed in an m= line of the session description is not supported by the responder. This field distinguishes plain RTP (RTP/AVP) from SRTP (RTP/SAVP), feedback profiles (RTP/AVPF, RTP/SAVPF), DTLS-SRTP used by WebRTC, and non-RTP transports such as udptl for T.38.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears when an SRTP-only endpoint receives RTP/AVP, when a plain RTP phone receives RTP/SAVP, or when a WebRTC offer with UDP/TLS/RTP/SAVPF reaches a legacy SIP device without a media gateway in between. It also appears with T.38 offers using udptl toward devices without fax support.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint, PBX or SBC that cannot handle the offered media transport.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with an offer that uses a supported transport profile. Resending the same SDP will fail.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the transport token of each m= line in the offer and compare it with the answerer&apos;s SRTP and profile settings.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the SRTP policy on both sides (mandatory, optional or off), or let the SBC convert between RTP and SRTP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For WebRTC to SIP calls, route media through a gateway that terminates DTLS-SRTP and ICE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text may name the refused profile, for example RTP/SAVP.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the most common carrier of this warning for a single location.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the transport.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 304 refuses the media type rather than its transport.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:303</name>
    <message>
        <source>Incompatible bandwidth units</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bandwidth modifier in the SDP b= line was not understood.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 303 says that one or more bandwidth measurement units in the session description were not understood. The b= line uses a modifier like AS, CT, TIAS, RS or RR, and a receiver that does not recognise the modifier can answer with this warning.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is uncommon. It appears when a video endpoint sends b=TIAS or vendor-specific modifiers to an older device, or when a b= line is malformed after SDP manipulation on an SBC.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint or gateway that does not understand the bandwidth modifier.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with SDP that uses a supported modifier or no b= line. The same offer will be refused.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the b= lines in the offer and identify the modifier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or replace unusual modifiers, keeping b=AS, which is widely understood.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SBC SDP rules that add or rewrite b= lines.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text may show the b= modifier that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 370 means the bandwidth value is too high, not that its unit is unknown.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:304</name>
    <message>
        <source>Media type not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media type in the SDP, such as video, image (T.38) or application, is not available.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 304 reports that a media type offered in an m= line, such as audio, video, text, image or application, is not available at the responder. A well-behaved answerer would normally reject just that stream with port 0 and keep the others, so a 304 usually comes with a rejection of the whole offer.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a video offer reaches an audio-only phone or trunk, when a T.38 re-INVITE with m=image hits a device or carrier without fax support, or when BFCP or other m=application streams are sent to equipment that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints and gateways that cannot handle the offered media type.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with an offer that leaves out the unavailable media type. For a failed T.38 re-INVITE, the call can often continue on the existing audio stream.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the m= line whose media type was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable video or T.38 toward that peer, or configure G.711 pass-through for fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer answerers that reject only the unsupported stream with port 0, so the remaining media can proceed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text may name the media type that is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the usual response with this warning, for example to a T.38 re-INVITE.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the media type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 305 means the media type is fine but no codec matches.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:305</name>
    <message>
        <source>Incompatible media format</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the offered codecs (payload formats) are available at the receiver.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 305 reports that the media formats listed on an m= line, the RTP payload types and their rtpmap codecs, are not available at the responder. It is the classic codec mismatch warning.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a trunk offers only G.729 to a phone without G.729, when a WebRTC client offers only Opus and VP8 to a legacy device, or when a codec list was trimmed by an SBC profile until nothing in common was left. It also appears when telephone-event is the only common format.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answering endpoint, PBX or SBC that finds no acceptable codec.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a codec list that includes a format the answerer supports, or insert a transcoder. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the payload types and rtpmap lines in the offer and compare them with the answerer&apos;s enabled codecs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a common codec, usually G.711 (PCMU or PCMA), on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SBC or PBX codec policies and transcoding resources in the path.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text sometimes names the codecs that were refused or the ones that are supported.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the most frequent response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the codecs.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 304 refuses the whole media type rather than its codecs.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:306</name>
    <message>
        <source>Attribute not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more SDP a= attributes in the offer are not supported.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 306 indicates that the responder did not support one or more media attributes (a= lines) in the session description. Most implementations ignore unknown attributes, so a 306 usually means an attribute was mandatory for the session, for example for security or ICE.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears when crypto suites in a=crypto are unknown, when a=fingerprint or a=setup for DTLS-SRTP reach a device without DTLS support, or when an offer relies on a=rtcp-mux or ICE attributes that the answerer cannot honour.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints or gateways that refuse an SDP attribute they cannot support.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only after removing or changing the attribute. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the quoted text for the attribute name and locate it in the offer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attribute or change it to a variant the answerer supports, such as a widely supported SRTP crypto suite.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SBC rules that strip or insert attributes in the SDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text often names the attribute that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 307 covers other SDP parameters that are not attributes.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 302 is used when the transport profile itself is unsupported.</source>
        <comment>related warning:302</comment>
        <extracomment>How warning:302 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:307</name>
    <message>
        <source>Session description parameter not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SDP parameter other than those covered by warnings 300 to 306 was not understood.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 307 is the catch-all for session description problems that do not fit the more specific warn-codes 300 to 306. It tells you the SDP was parsed but some parameter in it could not be interpreted.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows up with malformed SDP, for example a broken o= or t= line, unknown line types, bad field counts after SBC manipulation, or extensions that the receiving stack does not know.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent or gateway that parsed the SDP.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. Resending the same body will fail.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the SDP body line by line against RFC 8866 (formerly RFC 4566) syntax.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the quoted text to find the parameter, then check the sender and any SBC that rewrote the body.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend with a corrected description.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text is usually the only clue to which parameter failed, so read it closely.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 400 is used instead when the message is too malformed to process at all.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 306 is the specific code for a=attributes.</source>
        <comment>related warning:306</comment>
        <extracomment>How warning:306 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:308</name>
    <message>
        <source>Incompatible language specification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party supports none of the human languages requested with hlang-send and hlang-recv.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8373 adds the SDP attributes hlang-send and hlang-recv so that a caller can ask for spoken, written or signed languages per media stream, which matters most for emergency and relay services. Warning 308 reports that the requested languages are not supported, and its text should list the languages and media that are supported.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can appear on calls to emergency services, relay services or multilingual call centres when the caller requests a language or sign language the answering system cannot provide. Deployment is still limited, so it is rarely seen outside NG911 and accessibility testing.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answering system that evaluated the language attributes, such as a PSAP or contact centre platform.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a language or medium that the warning lists as supported, or route the call to a service that can provide an interpreter or relay.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the warning text for the list of supported languages and media.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hlang-send and hlang-recv values per m= line in the offer for valid BCP 47 tags.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer an alternative language or media, or route the call to a service that can bridge an interpreter or relay.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text should list the languages and media the callee supports.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is a likely response to carry this warning when the session is refused.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 304 refuses a media type rather than a language.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:330</name>
    <message>
        <source>Multicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session asks for multicast media but the user&apos;s site cannot do multicast.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 330 reports that the responder&apos;s location does not support multicast, so a session description with a multicast connection address cannot be used there. It belongs to the 330 to 339 range, which covers basic network services requested by the SDP.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears when a paging system, music on hold source or conference offers a multicast c= address (for example in 224.0.0.0/4 with a TTL) to a device on a network segment where multicast routing or IGMP is not available.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint, or a server aware of the site&apos;s network, that knows multicast cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a unicast session description. The multicast offer will keep failing at that site.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the c= address of the offer for a multicast group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable multicast routing or IGMP on the path, or switch the service to unicast media.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the paging or MoH source to use unicast toward remote sites.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warn-agent shows whether the endpoint or an intermediary decided multicast is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 331 is the opposite case, where unicast is unavailable.</source>
        <comment>related warning:331</comment>
        <extracomment>How warning:331 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:331</name>
    <message>
        <source>Unicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session asks for unicast media but the user&apos;s site cannot do unicast, often due to a firewall.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 331 reports that the responder&apos;s location does not support unicast communication for the session, for example because a firewall blocks it, so only multicast could work. It is rare in modern VoIP, where unicast RTP is the norm.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may appear in broadcast, paging or older multicast conferencing setups where a site only receives multicast streams and a firewall blocks unicast media, or from equipment configured for multicast-only operation.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint or site-aware server that knows unicast media cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a multicast session description or via an allowed media relay. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check firewall rules for unicast RTP to and from the site.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a multicast session if the site is designed for multicast only.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay media through an SBC or media relay that the firewall allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warn-agent identifies the element that judged unicast to be unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 330 is the opposite case, where multicast is unavailable.</source>
        <comment>related warning:330</comment>
        <extracomment>How warning:330 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:370</name>
    <message>
        <source>Insufficient bandwidth</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bandwidth the session needs exceeds what is known to be available.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 370 says that the bandwidth given in the session description, or implied by its media, is more than the responder knows to be available. It sits in the 370 to 379 range, which covers quantitative QoS parameters.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it with call admission control, for example when a PBX location or SBC bandwidth budget for a branch WAN link is used up, when a high-rate video offer (large b=AS) crosses a constrained link, or when a mobile network cannot grant the requested bit rate.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints, PBXs and SBCs that enforce call admission control or know the link capacity.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a lower bandwidth offer, or later when other calls have released capacity.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the b=AS or b=TIAS value and codecs of the offer with the admission control limits of the location or trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the video bit rate or use a lower-bandwidth audio codec such as G.729 or Opus at a low rate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the bandwidth budget or add WAN capacity if the limit is too tight.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warn-agent shows which element applied the bandwidth limit.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 is a common response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location can accept the bandwidth.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 303 means the bandwidth unit was not understood, not that it is too high.</source>
        <comment>related warning:303</comment>
        <extracomment>How warning:303 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:380</name>
    <message>
        <source>SIPS Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request used a SIPS URI but the target cannot be reached securely, for example no SIPS contacts.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5630 added warning 380 for the case where a request with a sips: Request-URI cannot be processed because the SIPS scheme is not allowed for the target. The usual reason is that the user has no registered contacts that can be reached over TLS end to end. It is carried in a 480 Temporarily Unavailable response.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a caller dials a sips: URI and the callee&apos;s devices registered with plain sip: contacts over UDP or TCP, so the proxy cannot honour the TLS requirement on the last hop.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the target, which knows the registered contacts.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only retry with a sip: URI if local security policy allows dropping the TLS requirement; never downgrade silently. Otherwise retry after the callee registers a SIPS contact.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the callee&apos;s registered Contact URIs and transports on the registrar.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the callee&apos;s devices over TLS with sips: contacts if secure delivery is needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with a sip: URI only if your security policy accepts losing the end-to-end TLS guarantee.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows code 380 and the proxy that found no contact usable with SIPS.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 is the response RFC 5630 uses to carry this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 381 is the reverse case, where SIPS is required.</source>
        <comment>related warning:381</comment>
        <extracomment>How warning:381 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:381</name>
    <message>
        <source>SIPS Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request used a plain SIP URI but the target can only be reached with SIPS.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5630 added warning 381 for the case where the request cannot be processed because the SIPS scheme is required for the target. It typically appears in a 480 Temporarily Unavailable response when the callee registered only sips: contacts and the request came with a sip: Request-URI.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it when a user agent that only accepts secure signalling registered with sips: contacts and a caller dials its sip: address. Some clients then retry the call automatically with a sips: URI.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy or registrar for the target, based on the contacts the callee registered.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a sips: Request-URI over TLS. Resending with sip: will fail again.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Request-URI scheme of the failed call and the registered contacts of the callee.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call with a sips: Request-URI over TLS.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the calling side has TLS configured with valid certificates toward the proxy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows code 381 and the proxy that requires the SIPS scheme.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 480 is the response that carries this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 380 is the reverse case, where SIPS is not allowed.</source>
        <comment>related warning:380</comment>
        <extracomment>How warning:380 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning:399</name>
    <message>
        <source>Miscellaneous warning</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form, vendor-specific warning text for humans and logs; never a trigger for automatic action.</source>
        <comment>summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 399 is the catch-all code for anything that does not fit the other warn-codes. The warn-text is free text chosen by the sender, and receivers must not take automated action based on it. What matters when troubleshooting is the warn-agent, which names the element that added the warning, and the quoted text, which often carries a vendor error string.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the most common warning in real traces. PBXs, SBCs, carriers and cloud platforms add it to 403, 404, 480, 486, 488 or 503 responses with texts such as a blocked number, an exceeded call limit, an unknown route or a failed authentication.</source>
        <comment>seenWhen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SIP element that wants to give a human-readable reason, most often SBCs, PBXs and carrier platforms.</source>
        <comment>sentBy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning itself never justifies an automatic retry; follow the retry rules of the status code that carried it.</source>
        <comment>retryNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the warn-agent to see which host or product added the warning.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search that vendor&apos;s documentation or logs for the exact quoted text.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpret the text together with the status code it came with, since the code governs the protocol behaviour.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warn-agent and the quoted text are the whole value of this warning; copy them verbatim when opening a ticket.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers often explain a 403 with a 399 text.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBCs often attach a 399 text such as a call limit to a 503.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 488 may carry a 399 text when no specific SDP warning fits.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 307 is the specific catch-all for SDP problems.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
