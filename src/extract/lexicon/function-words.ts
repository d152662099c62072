// English words of closed classes (pronouns, determiners, conjunctions, prepositions, auxiliaries,
// frequent adverbs and interjections). Capitalised at the start of a sentence they look like
// names to a tagger; alone, they never are one.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set((
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those '
  + 'a an the some any no every each all both either neither few many much more most several such what which who whom whose '
  + 'and or but nor so yet for because although though while whereas if unless until since when whenever where wherever whether '
  + 'as than then there here now today tomorrow yesterday also too very just only even still already again ever never not '
  + 'about above across after against along among around at before behind below beneath beside besides between beyond by despite '
  + 'down during except from in inside into like near of off on onto out outside over past per through throughout to toward towards '
  + 'under underneath unlike up upon via with within without '
  + 'am is are was were be been being have has had having do does did doing will would shall should can could may might must '
  + 'yes yeah oh well please thanks thank hello however therefore meanwhile moreover furthermore nevertheless instead otherwise '
  + 'given according regarding including following according one two three four five six seven eight nine ten first second last next other another '
  + 'reportedly allegedly apparently separately additionally previously currently recently initially finally ultimately eventually '
  + 'similarly subsequently overall officially earlier later elsewhere nonetheless consequently unfortunately fortunately notably '
  + 'importantly historically traditionally originally firstly secondly thirdly lastly '
  + 'why how maybe perhaps together myself yourself himself herself itself ourselves yourselves themselves whatever whoever '
  + 'sometimes often always usually indeed anyway okay ah uh um hmm er wow hey huh ciao bye little'
).split(' '));
