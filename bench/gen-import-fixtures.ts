/**
 * Writes the Excel fixture of the import tests, `tests/fixtures/import/households-review.xlsx`: a
 * poverty-review export as the provincial software produces it (a merged title row, the row of
 * machine keys, the row of Vietnamese labels, a date cell, numbers and text), made with exceljs.
 *
 * Run: npx tsx bench/gen-import-fixtures.ts
 */
import ExcelJS from 'exceljs';

const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Xã Phổ Phong');
ws.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2024']);
ws.mergeCells('A1:H1');
ws.addRow([
  'date',
  'family.hostName',
  'family.code',
  'family.coDanTocTaiCho',
  'family.numberOfMembers',
  'b1Point',
  'b2Point',
  'classify',
]);
ws.addRow([
  'Thời gian rà soát',
  'Chủ hộ',
  'Mã hộ',
  'Dân tộc tại chỗ',
  'Số nhân khẩu',
  'Phiếu B1',
  'Phiếu B2',
  'Kết quả rà soát',
]);
ws.addRow([new Date(Date.UTC(2024, 9, 10)), 'Y BLIÊ NIÊ', 12, 'Có', 5, 110, 40, 'Hộ nghèo']);
ws.addRow([null, 'TRẦN VĂN C', 14, null, 3, null, null, 'Hộ không nghèo']);
ws.addRow(['10/10/2024', "H'HEN ÊBAN", '13', 'Có', 4, 150, 20, 'Hộ cận nghèo']);
ws.getCell('A4').numFmt = 'dd/mm/yyyy';
await wb.xlsx.writeFile('tests/fixtures/import/households-review.xlsx');
console.log('wrote tests/fixtures/import/households-review.xlsx');
