import {parseHunalignDictionary} from './dictionary.js'
import type {Dictionary} from './types.js'

/**
 * A small built-in word list for official and news prose, in hunalign's
 * `english @ russian` format: stems on both sides (a sentence word matches
 * an entry it starts with). Only words whose translation is not a cognate:
 * cognates (министр, президент, конференция) already meet by
 * transliteration. Edit freely; keep stems at least 4 letters long.
 */
export const lexiconText = `
government @ правительств
cooperation @ сотрудничеств
cooperat @ взаимодейств
meeting @ встреч
talks @ переговор
negotiat @ переговор
country @ стран
countries @ стран
state @ государств
year @ года
year @ году
years @ лет
development @ развити
develop @ развива
issues @ вопрос
question @ вопрос
sides @ сторон
parties @ сторон
said @ заяви
said @ сообщи
stated @ заяви
noted @ отмети
stressed @ подчеркну
emphasi @ подчеркну
security @ безопасност
safety @ безопасност
economy @ экономик
economic @ экономическ
trade @ торговл
agreement @ соглашени
agreement @ договоренност
treaty @ договор
head @ глав
relations @ отношени
foreign @ иностранн
foreign @ внешн
affairs @ дел
energy @ энергетик
oil @ нефт
price @ цен
growth @ рост
market @ рынк
market @ рынок
law @ закон
court @ суд
war @ войн
peace @ мир
world @ мир
people @ люди
people @ человек
day @ день
day @ дня
week @ недел
month @ месяц
thousand @ тысяч
million @ миллион
billion @ миллиард
percent @ процент
first @ перв
second @ втор
third @ трет
new @ нов
large @ крупн
major @ крупн
international @ международн
global @ глобальн
regional @ региональн
bilateral @ двусторонн
region @ регион
city @ город
capital @ столиц
minister @ министр
ministry @ министерств
deputy @ заместител
chairman @ председател
chair @ председател
representatives @ представител
participants @ участник
took part @ приня
participation @ участи
visit @ визит
visit @ посет
official @ официальн
support @ поддерж
strengthen @ укрепл
expand @ расшир
continue @ продолж
discussed @ обсуди
agreed @ договорили
signed @ подписа
memorandum @ меморандум
initiative @ инициатив
project @ проект
investment @ инвестици
companies @ компани
business @ бизнес
industry @ промышленн
industrial @ промышленн
construction @ строительств
transport @ транспорт
agriculture @ сельск
education @ образовани
health @ здравоохранени
water @ вод
climate @ климат
environment @ окружающ
technology @ технологи
digital @ цифров
production @ производств
export @ экспорт
import @ импорт
resources @ ресурс
minerals @ минерал
supply @ поставк
chains @ цепочк
potential @ потенциал
important @ важн
key @ ключев
strategic @ стратегическ
partnership @ партнерств
partner @ партнер
summit @ саммит
forum @ форум
session @ заседани
council @ совет
committee @ комитет
parliament @ парламент
election @ выбор
president @ президент
prime minister @ премьер
embassy @ посольств
ambassador @ посол
delegation @ делегаци
press service @ пресс-служб
spokesman @ представител
citizens @ граждан
population @ населени
children @ дет
women @ женщин
police @ полици
military @ военн
army @ арми
troops @ войск
weapons @ оружи
attack @ атак
killed @ погиб
died @ умер
died @ погиб
injured @ пострада
accident @ авари
fire @ пожар
weather @ погод
rain @ дожд
snow @ снег
temperature @ температур
degrees @ градус
money @ деньг
dollars @ доллар
rubles @ рубл
roubles @ рубл
budget @ бюджет
tax @ налог
bank @ банк
central @ центральн
report @ доклад
report @ сообщени
information @ информаци
data @ данны
results @ результат
today @ сегодня
yesterday @ вчера
tomorrow @ завтра
earlier @ ранее
also @ также
however @ однако
because @ потому
since @ поскольку
`

let parsed: Dictionary | undefined

/** The built-in word list, parsed once. */
export function builtinLexicon(): Dictionary {
  parsed ??= parseHunalignDictionary(lexiconText, {stem: false})
  return parsed
}
