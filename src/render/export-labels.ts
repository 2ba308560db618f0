// Words the exports print around the itinerary's own texts (column headers, field names, event kinds),
// in each language the documents are produced in; a language without its own set uses English.
import type { EventKind, Role } from '../model/types.js';

export interface ExportLabels {
  kinds: Record<EventKind, string>;
  roles: Record<Role, string>;
  sides: { delegation: string; host: string };
  vehicleKinds: { bus: string; minibus: string; car: string; van: string };
  /** ICS DESCRIPTION and agenda fields. */
  gather: string;
  dress: string;
  officer: string;
  notes: string;
  flight: string;
  from: string;
  to: string;
  vehicles: string;
  driver: string;
  participants: string;
  andMore: (n: number) => string;
  /** Between the items of a list of names. */
  listSeparator: string;
  /** Between a time and a place ("14:30, hotel lobby"). */
  comma: string;
  /** A head count after a group's name. */
  count: (n: number) => string;
  revision: string;
  /** Agenda. */
  time: string;
  title: string;
  place: string;
  who: string;
  person: string;
  now: string;
  next: string;
  allDelegation: (n: number) => string;
  hosts: (n: number) => string;
  free: string;
  notArrived: string;
  gone: string;
  lastSeen: string;
  until: string;
  noEvents: string;
  hotel: string;
  localTimes: string;
  /** CSV headers. */
  csv: Record<string, string>;
}

const EN: ExportLabels = {
  kinds: {
    arrival: 'arrival', departure: 'departure', flight: 'flight', transfer: 'transfer', meeting: 'meeting', conference: 'conference',
    visit: 'visit', signing: 'signing', ceremony: 'ceremony', meal: 'meal', briefing: 'briefing', press: 'press', free: 'free time', other: 'other',
  },
  roles: {
    head: 'head', official: 'official', business: 'business', staff: 'staff', interpreter: 'interpreter', press: 'press', security: 'security', medical: 'medical',
  },
  sides: { delegation: 'delegation', host: 'host' },
  vehicleKinds: { bus: 'bus', minibus: 'minibus', car: 'car', van: 'van' },
  gather: 'Gathering', dress: 'Dress', officer: 'Officer in charge', notes: 'Notes', flight: 'Flight', from: 'From', to: 'To',
  vehicles: 'Vehicles', driver: 'driver', participants: 'Participants', andMore: (n) => `and ${n} more`, listSeparator: ', ', comma: ', ', count: (n) => ` (${n})`, revision: 'Programme revision',
  time: 'Time', title: 'Event', place: 'Place', who: 'Who', person: 'Person', now: 'At that time', next: 'Next',
  allDelegation: (n) => `whole delegation (${n})`, hosts: (n) => `${n} host${n === 1 ? '' : 's'}`,
  free: 'free', notArrived: 'not yet arrived', gone: 'programme over', lastSeen: 'last at', until: 'until', noEvents: 'no events',
  hotel: 'Hotel', localTimes: 'times are local to each place',
  csv: {
    no: 'No.', side: 'Side', organization: 'Organization', name: 'Name', position: 'Position', role: 'Role', languages: 'Languages',
    phone: 'Phone', email: 'E-mail', diet: 'Diet', passportName: 'Passport name', passportNumber: 'Passport number', passportExpires: 'Passport expires',
    contactType: 'Type', details: 'Details', dutyContact: 'duty contact', officerOf: 'officer in charge', driverOf: 'driver', placeContact: 'place',
    date: 'Date', start: 'Start', end: 'End', endDate: 'End date', zone: 'Time zone', event: 'Event', kind: 'Kind', from: 'From', to: 'To', flight: 'Flight',
    vehicle: 'Vehicle', vehicleKind: 'Vehicle kind', seats: 'Seats', plate: 'Plate', driver: 'Driver', driverPhone: 'Driver phone', riderCount: 'Riders of the move',
    riders: 'Riders of the move (precedence order)', night: 'Night of', hotel: 'Hotel', address: 'Address', guest: 'Guest', room: 'Room',
    agreement: 'Agreement', title: 'Title', parties: 'Parties', signatories: 'Signatories', signedAt: 'Signed at', signedDate: 'Signing date',
    signedTime: 'Signing time', place: 'Place', notes: 'Notes', id: 'ID',
    listPeople: 'People', listContacts: 'Contacts', listTransport: 'Transport', listRooming: 'Rooming', listAgreements: 'Agreements',
  },
};

const RU: ExportLabels = {
  kinds: {
    arrival: 'прибытие', departure: 'отъезд', flight: 'перелёт', transfer: 'переезд', meeting: 'встреча', conference: 'конференция',
    visit: 'посещение', signing: 'подписание', ceremony: 'церемония', meal: 'питание', briefing: 'брифинг', press: 'пресса', free: 'свободное время', other: 'прочее',
  },
  roles: {
    head: 'руководитель', official: 'официальное лицо', business: 'бизнес', staff: 'сотрудник', interpreter: 'переводчик', press: 'пресса',
    security: 'охрана', medical: 'врач',
  },
  sides: { delegation: 'делегация', host: 'принимающая сторона' },
  vehicleKinds: { bus: 'автобус', minibus: 'микроавтобус', car: 'легковой автомобиль', van: 'фургон' },
  gather: 'Сбор', dress: 'Форма одежды', officer: 'Ответственный', notes: 'Примечания', flight: 'Рейс', from: 'Откуда', to: 'Куда',
  vehicles: 'Транспорт', driver: 'водитель', participants: 'Участники', andMore: (n) => `и ещё ${n}`, listSeparator: ', ', comma: ', ', count: (n) => ` (${n})`, revision: 'Редакция программы',
  time: 'Время', title: 'Мероприятие', place: 'Место', who: 'Кто', person: 'Участник', now: 'В это время', next: 'Далее',
  allDelegation: (n) => `вся делегация (${n})`, hosts: (n) => `принимающих: ${n}`,
  free: 'свободен', notArrived: 'ещё не прибыл', gone: 'программа окончена', lastSeen: 'был(а):', until: 'до', noEvents: 'нет мероприятий',
  hotel: 'Гостиница', localTimes: 'время местное для каждого места',
  csv: {
    no: '№', side: 'Сторона', organization: 'Организация', name: 'Имя', position: 'Должность', role: 'Роль', languages: 'Языки',
    phone: 'Телефон', email: 'Эл. почта', diet: 'Питание', passportName: 'Имя в паспорте', passportNumber: 'Номер паспорта', passportExpires: 'Паспорт действителен до',
    contactType: 'Тип', details: 'Подробности', dutyContact: 'дежурный', officerOf: 'ответственный', driverOf: 'водитель', placeContact: 'место',
    date: 'Дата', start: 'Начало', end: 'Окончание', endDate: 'Дата окончания', zone: 'Часовой пояс', event: 'Мероприятие', kind: 'Вид', from: 'Откуда', to: 'Куда', flight: 'Рейс',
    vehicle: 'Транспорт', vehicleKind: 'Тип транспорта', seats: 'Мест', plate: 'Госномер', driver: 'Водитель', driverPhone: 'Телефон водителя', riderCount: 'Пассажиров в переезде',
    riders: 'Пассажиры переезда (по протоколу)', night: 'Ночь на', hotel: 'Гостиница', address: 'Адрес', guest: 'Гость', room: 'Номер',
    agreement: 'Соглашение', title: 'Название', parties: 'Стороны', signatories: 'Подписанты', signedAt: 'Подписание', signedDate: 'Дата подписания',
    signedTime: 'Время подписания', place: 'Место', notes: 'Примечания', id: 'ID',
    listPeople: 'Участники', listContacts: 'Контакты', listTransport: 'Транспорт', listRooming: 'Расселение', listAgreements: 'Соглашения',
  },
};

const ZH: ExportLabels = {
  kinds: {
    arrival: '抵达', departure: '离开', flight: '航班', transfer: '转场', meeting: '会见', conference: '会议',
    visit: '参观', signing: '签约', ceremony: '仪式', meal: '用餐', briefing: '吹风会', press: '媒体', free: '自由活动', other: '其他',
  },
  roles: { head: '团长', official: '官员', business: '企业', staff: '工作人员', interpreter: '翻译', press: '媒体', security: '安保', medical: '医务' },
  sides: { delegation: '代表团', host: '接待方' },
  vehicleKinds: { bus: '大巴', minibus: '中巴', car: '轿车', van: '面包车' },
  gather: '集合', dress: '着装', officer: '负责人', notes: '备注', flight: '航班', from: '出发地', to: '目的地',
  vehicles: '车辆', driver: '司机', participants: '参加人员', andMore: (n) => `等另外${n}人`, listSeparator: '、', comma: '，', count: (n) => `（${n}人）`, revision: '日程版本',
  time: '时间', title: '活动', place: '地点', who: '人员', person: '人员', now: '此时', next: '下一项',
  allDelegation: (n) => `全团（${n}人）`, hosts: (n) => `接待方${n}人`,
  free: '空闲', notArrived: '尚未抵达', gone: '日程已结束', lastSeen: '最后在', until: '至', noEvents: '无活动',
  hotel: '酒店', localTimes: '均为当地时间',
  csv: {
    no: '序号', side: '方', organization: '单位', name: '姓名', position: '职务', role: '角色', languages: '语言',
    phone: '电话', email: '电子邮件', diet: '饮食', passportName: '护照姓名', passportNumber: '护照号码', passportExpires: '护照有效期',
    contactType: '类型', details: '说明', dutyContact: '值班联系人', officerOf: '负责人', driverOf: '司机', placeContact: '地点',
    date: '日期', start: '开始', end: '结束', endDate: '结束日期', zone: '时区', event: '活动', kind: '类型', from: '出发地', to: '目的地', flight: '航班',
    vehicle: '车辆', vehicleKind: '车型', seats: '座位', plate: '车牌', driver: '司机', driverPhone: '司机电话', riderCount: '本次行程乘车人数',
    riders: '本次行程乘车人员（按礼宾顺序）', night: '入住日期', hotel: '酒店', address: '地址', guest: '客人', room: '房间',
    agreement: '协议', title: '名称', parties: '各方', signatories: '签字人', signedAt: '签约活动', signedDate: '签约日期',
    signedTime: '签约时间', place: '地点', notes: '备注', id: 'ID',
    listPeople: '人员', listContacts: '联系人', listTransport: '交通', listRooming: '住宿', listAgreements: '协议',
  },
};

const LABELS: Record<string, ExportLabels> = { en: EN, ru: RU, zh: ZH };

export function exportLabels(lang: string): ExportLabels {
  return LABELS[lang] ?? EN;
}
