import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customPeriod, reportingPeriod } from '../../src/core/index';
import {
  type DocumentRegisterEntry,
  type DocumentTally,
  documentRatesFromTally,
  EMPTY_DOCUMENT_TALLY,
  electronicDocumentRates,
  electronicDocumentRatesByMonth,
  mergeDocumentTallies,
  tallyDocuments,
} from '../../src/document/index';

function out(
  date: string,
  electronic: boolean,
  agency = electronic,
  signer = electronic,
  secret = false,
): DocumentRegisterEntry {
  return {
    direction: 'outgoing',
    numberSymbol: '01/QĐ-UBND',
    type: 'quyet-dinh',
    issuer: 'UBND xã Phổ Phong',
    issueDate: date,
    summary: 'x',
    electronic,
    agencySignature: agency,
    signerSignature: signer,
    ...(secret ? { secrecy: 'confidential' as const } : {}),
  };
}
function inc(arrival: string, electronic: boolean, secret = false): DocumentRegisterEntry {
  return {
    direction: 'incoming',
    numberSymbol: '205/QĐ-UBND',
    type: 'quyet-dinh',
    issuer: 'UBND thị xã Đức Phổ',
    issueDate: '2022-01-01',
    summary: 'x',
    electronic,
    agencySignature: electronic,
    signerSignature: electronic,
    arrivalNumber: 1,
    arrivalDate: arrival,
    ...(secret ? { secrecy: 'secret' as const } : {}),
  };
}

describe('electronic-document rates', () => {
  // 4 outgoing (3 electronic, 2 of those with the agency signature, 3 with the signer's),
  // 1 secret outgoing, 5 incoming (4 electronic), 1 secret incoming.
  const entries: DocumentRegisterEntry[] = [
    out('2023-01-10', true, true, true),
    out('2023-01-20', true, false, true),
    out('2023-02-03', true, true, true),
    out('2023-02-04', false, false, false),
    out('2023-02-05', true, true, true, true),
    inc('2023-01-11', true),
    inc('2023-01-12', true),
    inc('2023-02-01', true),
    inc('2023-02-02', true),
    inc('2023-02-03', false),
    inc('2023-02-04', true, true),
  ];

  it('counts by hand', () => {
    expect(tallyDocuments(entries)).toEqual({
      outgoing: 4,
      outgoingElectronic: 3,
      outgoingElectronicAgencySigned: 2,
      outgoingElectronicSignerSigned: 3,
      incoming: 5,
      incomingElectronic: 4,
      secretExcluded: 2,
    });
    const { rates } = electronicDocumentRates(entries);
    expect(rates.outgoingElectronic).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(rates.incomingElectronic).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(rates.totalElectronic).toEqual({ numerator: 7, denominator: 9, value: 7 / 9 });
    expect(rates.agencySigned).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(rates.signerSigned).toEqual({ numerator: 3, denominator: 3, value: 1 });
  });

  it('over a period: incoming by arrival date, outgoing by issue date', () => {
    const jan = electronicDocumentRates(entries, { period: customPeriod('2023-01-01', '2023-01-31') });
    expect(jan.tally).toEqual({
      outgoing: 2,
      outgoingElectronic: 2,
      outgoingElectronicAgencySigned: 1,
      outgoingElectronicSignerSigned: 2,
      incoming: 2,
      incomingElectronic: 2,
      secretExcluded: 0,
    });
    // Decree 09/2019 month 2/2023 runs 15/01–14/02: out 20/01, 03/02, 04/02 (+ secret 05/02); in 01/02–04/02.
    const feb = electronicDocumentRates(entries, {
      period: reportingPeriod({ kind: 'month', year: 2023, month: 2 }),
    });
    expect([feb.tally.outgoing, feb.tally.incoming, feb.tally.secretExcluded]).toEqual([3, 3, 2]);
  });

  it('by month: months in order, and their tallies merge to the total', () => {
    const months = electronicDocumentRatesByMonth(entries);
    expect(months.map((m) => m.month)).toEqual(['2023-01', '2023-02']);
    // February: out 03/02 (electronic), 04/02 (paper); in 01/02, 02/02 (electronic), 03/02 (paper).
    expect(months[1]!.rates.totalElectronic).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(months.map((m) => m.tally).reduce(mergeDocumentTallies, EMPTY_DOCUMENT_TALLY)).toEqual(
      tallyDocuments(entries),
    );
  });

  it('zero denominators give null, never NaN', () => {
    const r = documentRatesFromTally(EMPTY_DOCUMENT_TALLY);
    expect(Object.values(r).map((x) => x.value)).toEqual([null, null, null, null, null]);
    expect(electronicDocumentRatesByMonth([])).toEqual([]);
  });

  it('the Phổ Phong figure: 98% is 196 of 200 exchanged documents, for example', () => {
    const t: DocumentTally = {
      ...EMPTY_DOCUMENT_TALLY,
      outgoing: 50,
      outgoingElectronic: 49,
      incoming: 150,
      incomingElectronic: 147,
    };
    expect(documentRatesFromTally(t).totalElectronic).toEqual({
      numerator: 196,
      denominator: 200,
      value: 0.98,
    });
  });

  const tallyArb = fc.record({
    outgoing: fc.nat(1000),
    outgoingElectronic: fc.nat(1000),
    outgoingElectronicAgencySigned: fc.nat(1000),
    outgoingElectronicSignerSigned: fc.nat(1000),
    incoming: fc.nat(1000),
    incomingElectronic: fc.nat(1000),
    secretExcluded: fc.nat(1000),
  });
  it('merge is associative and commutative with an identity', () => {
    fc.assert(
      fc.property(tallyArb, tallyArb, tallyArb, (a, b, c) => {
        expect(mergeDocumentTallies(a, b)).toEqual(mergeDocumentTallies(b, a));
        expect(mergeDocumentTallies(mergeDocumentTallies(a, b), c)).toEqual(
          mergeDocumentTallies(a, mergeDocumentTallies(b, c)),
        );
        expect(mergeDocumentTallies(a, EMPTY_DOCUMENT_TALLY)).toEqual(a);
      }),
    );
  });
  it('merge rejects a broken tally', () => {
    expect(() =>
      mergeDocumentTallies({ ...EMPTY_DOCUMENT_TALLY, outgoing: -1 }, EMPTY_DOCUMENT_TALLY),
    ).toThrow(RangeError);
  });
  it('tallies of split lists merge to the tally of the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 28 }))),
        fc.nat(),
        (specs, cut) => {
          const list = specs.map(([dir, el, sec, d]) =>
            dir
              ? out(`2023-03-${String(d).padStart(2, '0')}`, el, el, el, sec)
              : inc(`2023-03-${String(d).padStart(2, '0')}`, el, sec),
          );
          const k = list.length === 0 ? 0 : cut % (list.length + 1);
          expect(
            mergeDocumentTallies(tallyDocuments(list.slice(0, k)), tallyDocuments(list.slice(k))),
          ).toEqual(tallyDocuments(list));
          const t = tallyDocuments(list);
          expect(t.outgoing + t.incoming + t.secretExcluded).toBe(list.length);
        },
      ),
    );
  });
});
