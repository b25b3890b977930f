// Issue 16: an independent check of a titrepro credential with the npm package « jose » (not our code).
// Usage: node verify-credential.mjs <credential.jwt> <did.json> <status-list.jwt>
// Prints one JSON line: {"signature": "valid"|"invalid", "revoked": true|false|null, "type": [...], ...}
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';

const [credentialFile, didFile, statusFile] = process.argv.slice(2);
const did = JSON.parse(readFileSync(didFile, 'utf8'));

async function verify(compact) {
  const { kid, alg, typ } = decodeProtectedHeader(compact);
  const method = did.verificationMethod.find((m) => m.id === kid);
  if (!method || alg !== 'ES256' || typ !== 'vc+jwt' || !did.assertionMethod.includes(kid)) {
    return null;
  }
  try {
    const { payload } = await compactVerify(compact, await importJWK(method.publicKeyJwk, 'ES256'));
    return JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return null;
  }
}

// W3C Bitstring Status List v1.0: multibase base64url ('u'), GZIP, index 0 = most significant bit of byte 0
function bit(encodedList, index) {
  if (!encodedList.startsWith('u')) throw new Error('not multibase base64url');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return (bytes[Math.floor(index / 8)] & (0x80 >> (index % 8))) !== 0;
}

const credential = await verify(readFileSync(credentialFile, 'utf8').trim());
if (credential === null) {
  console.log(JSON.stringify({ signature: 'invalid', revoked: null }));
  process.exit(0);
}
const entry = credential.credentialStatus;
const statusList = await verify(readFileSync(statusFile, 'utf8').trim());
const listMatches = statusList !== null && statusList.id === entry.statusListCredential
  && statusList.credentialSubject.statusPurpose === entry.statusPurpose;
console.log(JSON.stringify({
  signature: 'valid',
  statusList: listMatches ? 'valid' : 'invalid',
  revoked: listMatches ? bit(statusList.credentialSubject.encodedList, Number(entry.statusListIndex)) : null,
  type: credential.type,
  context: credential['@context'],
  issuer: credential.issuer.id,
  achievement: credential.credentialSubject.achievement.name,
}));
