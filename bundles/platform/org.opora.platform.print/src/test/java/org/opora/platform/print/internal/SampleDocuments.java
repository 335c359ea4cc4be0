package org.opora.platform.print.internal;

import java.util.ArrayList;
import java.util.List;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.PrintDocument;

/** Documents as a school module would build them, with every block type. */
final class SampleDocuments {

    static final String TITLE = "Индивидуальная программа сопровождения";
    static final String MARK = "Для служебного пользования";
    static final String PUPIL = "Иванов Иван Иванович";
    static final String EVENT_HEADER = "Мероприятие";
    static final int TABLE_ROWS = 60;

    private SampleDocuments() {
    }

    static PrintDocument everyBlock() {
        return PrintDocument.builder(TITLE)
                .restricted(MARK)
                .add(new Block.Approval(List.of("УТВЕРЖДАЮ", "Директор МБОУ «Средняя общеобразовательная школа № 1»",
                        "____________ Петрова А. С.", "«___» __________ 20__ г.")))
                .add(new Block.Spacer(12))
                .heading(TITLE, 1)
                .heading("на 2025/2026 учебный год", 2)
                .add(new Block.Fields(List.of(
                        new Block.Field("Ф.И.О. обучающегося", PUPIL),
                        new Block.Field("Дата рождения", "12.03.2015"),
                        new Block.Field("Класс", "4 «Б»"),
                        new Block.Field("Заключение ПМПК", "Рекомендовано обучение по адаптированной основной "
                                + "общеобразовательной программе, сопровождение педагога-психолога, "
                                + "учителя-логопеда и дефектолога, индивидуальные занятия два раза в неделю."))))
                .heading("1. Цели и задачи сопровождения", 3)
                .add(new Block.Paragraph("Цель: создание условий для успешной адаптации обучающегося к школе, "
                        + "развития познавательной сферы и социальных навыков. Программа согласована с родителями "
                        + "(законными представителями) и рассмотрена на заседании психолого-педагогического "
                        + "консилиума образовательной организации.", Align.JUSTIFY, false))
                .add(new Block.Paragraph("Задачи:\n1) развитие речи;\n2) развитие внимания и памяти;\n"
                        + "3) формирование учебной мотивации.", Align.LEFT, false))
                .add(new Block.Paragraph("Срок реализации — один учебный год", Align.CENTER, true))
                .add(new Block.Paragraph("Составлено: 01.09.2025", Align.RIGHT, false))
                .heading("2. План мероприятий", 3)
                .add(table())
                .add(new Block.PageBreak())
                .heading("3. Подписи", 3)
                .add(new Block.Signatures(List.of(
                        new Block.Signature("Председатель психолого-педагогического консилиума",
                                "Сидорова Мария Петровна", true),
                        new Block.Signature("Педагог-психолог", "Кузнецова Е. В.", false),
                        new Block.Signature("С программой ознакомлен(а), родитель (законный представитель)",
                                "Иванова Ольга Сергеевна", true))))
                .build();
    }

    static Block.Table table() {
        List<Block.Column> columns = List.of(new Block.Column("№", 0.5f), new Block.Column(EVENT_HEADER, 3f),
                new Block.Column("Специалист", 1.6f), new Block.Column("Сроки", 1.2f),
                new Block.Column("Форма работы", 1.5f), new Block.Column("Результат", 1.5f),
                new Block.Column("Отметка", 1f));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= TABLE_ROWS; i++) {
            String event = i % 7 == 0
                    ? "Коррекционно-развивающее занятие по развитию произвольного внимания, зрительной памяти и "
                            + "мелкой моторики с использованием настольных игр"
                    : "Занятие № " + i;
            rows.add(List.of(String.valueOf(i), event, i % 2 == 0 ? "Педагог-психолог" : "Учитель-логопед",
                    "сентябрь–май", "индивидуальная", "выполнено", ""));
        }
        return new Block.Table(columns, rows);
    }
}
