//go:build js && wasm

package main

// sampleArticle is a short article written for lede (fictional people and bodies), to
// try the page without a paste.
const sampleArticle = `Harbour towns win a reprieve as quota talks stall

PORTSMOUTH, June 28 - Fisheries Minister Elena Marsh said on Monday that the government would delay the new catch limits until the autumn. "We will not sign a deal that empties our harbours," Marsh told reporters at the quayside.

The North Sea Fisheries Council (NSFC) rejected the delay. Its director, Dr. Samuel Okafor, said the council would ask the courts to review the decision.

"Elena Marsh is gambling with the future of our fleet, and it is a reckless mistake," Okafor said.

Talks between the ministry and the NSFC resumed the next day in London, where negotiators met for six hours. A spokesman for the ministry said a new offer would follow in July.`

const sampleDate = "2023-06-28"
